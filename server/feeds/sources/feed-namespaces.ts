/**
 * Feed elements under the prefixes this code reads, whatever prefixes the document chose: Atom written as
 * `<a:feed xmlns:a="http://www.w3.org/2005/Atom">`, Dublin Core as `d:creator`. Only namespaces known here
 * are renamed; everything else keeps its name.
 */

const ATOM = new Set(['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#']);
const CANONICAL: Record<string, string> = {
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/rss/1.0/modules/content/': 'content',
};

/** The root element's name, skipping the declaration, comments and processing instructions. */
const rootName = (xml: string): string => /<([A-Za-z_][\w.:-]*)/.exec(xml)?.[1] ?? '';

/** A tag renamer for this document, or undefined when every name is already as this code reads it. */
export function canonicalTagNames(xml: string): ((name: string) => string) | undefined {
  const uris = new Map<string, string>();
  for (const [, prefix = '', uri = ''] of xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g))
    if (!uris.has(prefix)) uris.set(prefix, uri.trim());
  const root = rootName(xml);
  const rootPrefix = root.includes(':') ? (root.split(':')[0] ?? '') : '';
  // Atom's elements are read unprefixed in an Atom document, and as atom:* inside RSS
  const atomPrefix = ATOM.has(uris.get(rootPrefix) ?? '') ? '' : 'atom';
  const wanted = new Map<string, string>();
  for (const [prefix, uri] of uris) {
    const canon = ATOM.has(uri) ? atomPrefix : CANONICAL[uri];
    if (canon !== undefined && canon !== prefix) wanted.set(prefix, canon);
  }
  if (wanted.size === 0) return undefined;
  return (name) => {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const canon = wanted.get(prefix);
    if (canon === undefined) return name;
    const local = colon < 0 ? name : name.slice(colon + 1);
    return canon ? `${canon}:${local}` : local;
  };
}
