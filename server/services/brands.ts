import type { Brand, BrandInput, BrandPatch } from '../../shared/brand';
import { slugify } from '../../shared/brand';
import { toIso } from '../../shared/time';
import { StoreConflictError, type Store } from '../store/types';
import type { Changes } from './changes';
import { Conflict, NotFound } from './errors';

export type BrandService = ReturnType<typeof createBrandService>;

/** Brands: every change re-builds the brand matcher here and on every other instance before returning. */
export function createBrandService(deps: { store: Store; clock: { now(): number }; changes: Changes }) {
  const { store, changes } = deps;
  const missing = (id: string) => new NotFound(`no brand with id "${id}"`);
  return {
    list: (): Promise<Brand[]> => store.listBrands(),
    async get(id: string): Promise<Brand> {
      const brand = await store.getBrand(id);
      if (!brand) throw missing(id);
      return brand;
    },
    async create(input: BrandInput): Promise<Brand> {
      const brand: Brand = {
        id: input.id ?? slugify(input.name),
        name: input.name,
        keywords: input.keywords,
        officialHandles: input.officialHandles,
        createdAt: toIso(deps.clock.now()),
      };
      try {
        await store.createBrand(brand);
      } catch (err) {
        if (err instanceof StoreConflictError) throw new Conflict(`a brand with id "${brand.id}" exists`);
        throw err;
      }
      await changes.announce('brands');
      return brand;
    },
    async update(id: string, patch: BrandPatch): Promise<Brand> {
      const updated = await store.updateBrand(id, patch);
      if (!updated) throw missing(id);
      await changes.announce('brands');
      return updated;
    },
    async remove(id: string): Promise<void> {
      if (!(await store.deleteBrand(id))) throw missing(id);
      await changes.announce('brands');
    },
  };
}
