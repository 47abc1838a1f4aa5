import type { NewPost } from './types';

/**
 * The post as stored: linked only to brands that still exist. A brand deleted while its posts were
 * being matched and scored gets no links or rollups (they would be orphans a re-created brand inherits).
 */
export function keepBrands(p: NewPost, live: ReadonlySet<string>): NewPost {
  if (p.brands.every((b) => live.has(b))) return p;
  return {
    ...p,
    brands: p.brands.filter((b) => live.has(b)),
    officialFor: p.officialFor.filter((b) => live.has(b)),
  };
}
