import type { Brand } from '../../shared/brand';

export type BrandMatch = { brands: string[]; officialFor: string[] };

export type BrandMatcher = {
  /** brands the post belongs to, and those whose official handle wrote it */
  match(post: { text: string; author: string; brand?: string | undefined }): BrandMatch | { error: string };
  /**
   * The text with brand mentions replaced by one @-token each, for scoring: "Harbor Pay" must not
   * count as a payments word, and a mention is a cue that the post addresses the brand.
   */
  mask(text: string): string;
  brands: readonly Brand[];
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "@Acme", "acme", "@acme@mastodon.social" all normalise to a lowercase handle without the leading @. */
export const normaliseHandle = (h: string): string => h.trim().toLowerCase().replace(/^@/, '');

/** Keywords match whole words/phrases, case-insensitively; `#tag` and `@handle` keywords match literally. */
function keywordRegex(keywords: string[], flags = 'iu'): RegExp | null {
  const parts = keywords
    .map((k) => k.trim())
    .filter((k) => k.length > 0)
    .map((k) => escapeRe(k).replace(/\s+/g, '\\s+'));
  if (parts.length === 0) return null;
  // Longest first, so "Northwind Bank" wins over "Northwind" when masking.
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

export function createBrandMatcher(brands: readonly Brand[]): BrandMatcher {
  const compiled = brands.map((b) => ({
    id: b.id,
    name: b.name.toLowerCase(),
    re: keywordRegex(b.keywords.length > 0 ? b.keywords : [b.name]),
    handles: new Set(b.officialHandles.map(normaliseHandle)),
  }));
  const all = keywordRegex(
    brands.flatMap((b) => (b.keywords.length > 0 ? b.keywords : [b.name])),
    'giu',
  );
  return {
    brands,
    mask: (text) =>
      all
        ? text.replace(all, (m) => (m.startsWith('@') ? m : `@${m.replace(/[^\p{L}\p{N}]+/gu, '')}`))
        : text,
    match(post) {
      const author = normaliseHandle(post.author);
      const officialFor = compiled.filter((c) => c.handles.has(author)).map((c) => c.id);
      if (post.brand !== undefined) {
        const wanted = post.brand.toLowerCase();
        const named = compiled.find((c) => c.id === wanted || c.name === wanted);
        if (!named) return { error: `unknown brand "${post.brand}"` };
        return { brands: [named.id], officialFor: officialFor.filter((id) => id === named.id) };
      }
      const ids = new Set(officialFor);
      for (const c of compiled) if (c.re?.test(post.text)) ids.add(c.id);
      const list = compiled.filter((c) => ids.has(c.id)).map((c) => c.id);
      return { brands: list, officialFor };
    },
  };
}
