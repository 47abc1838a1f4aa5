import { Parser } from 'htmlparser2';

// Content of these elements is never text a person wrote in the post.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'head',
  'title',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
  'section',
  'article',
  'table',
  'figcaption',
]);

/**
 * Reduce untrusted HTML (feed entries, Mastodon statuses) to plain text: entities decoded, scripts and
 * styles dropped, block elements become line breaks, runs of whitespace collapse. Never executes or
 * re-emits markup, so the result is safe to store and render as text.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (skipDepth === 0 && BLOCK.has(name)) parts.push('\n');
        else if (skipDepth === 0 && name === 'img' && attrs.alt) parts.push(` ${attrs.alt} `);
      },
      onclosetag(name, isImplied) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCK.has(name) && !isImplied) parts.push('\n');
      },
      ontext(text) {
        // Source line breaks are just whitespace in HTML; only block elements break lines.
        if (skipDepth === 0) parts.push(text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return normaliseText(parts.join('')).replace(/\n+/g, '\n');
}

/** Collapse whitespace inside lines, drop control and zero-width characters, keep paragraph breaks. */
export function normaliseText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Plain-text fields (titles) can still carry entities or stray tags; only markup-looking input is parsed. */
export function plainText(value: string): string {
  return /[<&]/.test(value) ? htmlToText(value) : normaliseText(value);
}
