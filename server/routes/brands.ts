import { Hono } from 'hono';
import { z } from 'zod';
import { type Brand, BrandIdSchema, BrandInputSchema, BrandPatchSchema, slugify } from '../../shared/brand';
import { toIso } from '../../shared/time';
import { requireAdmin } from '../http/auth';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { StoreConflictError } from '../store/types';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: BrandIdSchema });

export const brandRoutes = (deps: AppDeps) => {
  const admin = requireAdmin(deps.auth);
  const mustExist = async (id: string): Promise<Brand> => {
    const brand = await deps.store.getBrand(id);
    if (!brand) throw new ApiError('not_found', `no brand with id "${id}"`);
    return brand;
  };
  return new Hono()
    .get('/', async (c) => c.json({ items: await deps.store.listBrands() }))
    .get('/:id', validate('param', IdParam), async (c) => c.json(await mustExist(c.req.valid('param').id)))
    .post('/', admin, validate('json', BrandInputSchema), async (c) => {
      const input = c.req.valid('json');
      const brand: Brand = {
        id: input.id ?? slugify(input.name),
        name: input.name,
        keywords: input.keywords,
        officialHandles: input.officialHandles,
        createdAt: toIso(deps.clock.now()),
      };
      try {
        await deps.store.createBrand(brand);
      } catch (err) {
        if (err instanceof StoreConflictError)
          throw new ApiError('conflict', `a brand with id "${brand.id}" exists`);
        throw err;
      }
      await deps.pipeline.refreshBrands();
      return c.json(brand, 201);
    })
    .patch('/:id', admin, validate('param', IdParam), validate('json', BrandPatchSchema), async (c) => {
      const updated = await deps.store.updateBrand(c.req.valid('param').id, c.req.valid('json'));
      if (!updated) throw new ApiError('not_found', `no brand with id "${c.req.valid('param').id}"`);
      await deps.pipeline.refreshBrands();
      return c.json(updated);
    })
    .delete('/:id', admin, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      if (!(await deps.store.deleteBrand(id))) throw new ApiError('not_found', `no brand with id "${id}"`);
      await deps.pipeline.refreshBrands();
      return c.body(null, 204);
    });
};
