import { Hono } from 'hono';
import { z } from 'zod';
import {
  type Brand,
  BrandIdSchema,
  BrandInputSchema,
  BrandPatchSchema,
  BrandSchema,
  slugify,
} from '../../shared/brand';
import { toIso } from '../../shared/time';
import { requireAdmin } from '../http/auth';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import { StoreConflictError } from '../store/types';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: BrandIdSchema });

const tags: ['brands'] = ['brands'];
const doc = {
  list: describe({
    summary: 'List brands',
    tags,
    access: 'read',
    ok: { 200: { description: 'Every brand', schema: z.object({ items: z.array(BrandSchema) }) } },
  }),
  get: describe({
    summary: 'One brand',
    tags,
    access: 'read',
    ok: { 200: { description: 'The brand', schema: BrandSchema } },
    errors: ['not_found'],
  }),
  create: describe({
    summary: 'Create a brand',
    tags,
    access: 'admin',
    ok: { 201: { description: 'The brand created', schema: BrandSchema } },
    errors: ['conflict'],
  }),
  update: describe({
    summary: 'Change a brand (applies to posts that arrive afterwards)',
    tags,
    access: 'admin',
    ok: { 200: { description: 'The brand changed', schema: BrandSchema } },
    errors: ['not_found'],
  }),
  remove: describe({
    summary: 'Delete a brand with its rollups and post links (posts stay)',
    tags,
    access: 'admin',
    ok: { 204: { description: 'Deleted' } },
    errors: ['not_found'],
  }),
};

export const brandRoutes = (deps: AppDeps) => {
  const admin = requireAdmin(deps.auth);
  const mustExist = async (id: string): Promise<Brand> => {
    const brand = await deps.store.getBrand(id);
    if (!brand) throw new ApiError('not_found', `no brand with id "${id}"`);
    return brand;
  };
  return new Hono()
    .get('/', doc.list, async (c) => c.json({ items: await deps.store.listBrands() }))
    .get('/:id', doc.get, validate('param', IdParam), async (c) =>
      c.json(await mustExist(c.req.valid('param').id)),
    )
    .post('/', doc.create, admin, validate('json', BrandInputSchema), async (c) => {
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
    .patch(
      '/:id',
      doc.update,
      admin,
      validate('param', IdParam),
      validate('json', BrandPatchSchema),
      async (c) => {
        const updated = await deps.store.updateBrand(c.req.valid('param').id, c.req.valid('json'));
        if (!updated) throw new ApiError('not_found', `no brand with id "${c.req.valid('param').id}"`);
        await deps.pipeline.refreshBrands();
        return c.json(updated);
      },
    )
    .delete('/:id', doc.remove, admin, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      if (!(await deps.store.deleteBrand(id))) throw new ApiError('not_found', `no brand with id "${id}"`);
      await deps.pipeline.refreshBrands();
      return c.body(null, 204);
    });
};
