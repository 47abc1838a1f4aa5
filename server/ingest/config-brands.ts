import type { BrandInput } from '../../shared/brand';
import { slugify } from '../../shared/brand';
import { toIso } from '../../shared/time';
import type { Store } from '../store/types';

/** Brands from OUTCRY_CONFIG are created, or updated to match the file, at start-up. */
export async function applyConfigBrands(store: Store, brands: BrandInput[], now: number): Promise<void> {
  for (const b of brands) {
    const id = b.id ?? slugify(b.name);
    const patch = { name: b.name, keywords: b.keywords, officialHandles: b.officialHandles };
    const updated = await store.updateBrand(id, patch);
    if (!updated) await store.createBrand({ id, ...patch, createdAt: toIso(now) });
  }
}
