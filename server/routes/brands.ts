import { Hono } from 'hono';
import { z } from 'zod';
import { BrandIdSchema, BrandInputSchema, BrandPatchSchema, BrandSchema } from '../../shared/brand';
import { requireAdmin } from '../http/auth';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
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
  const brands = deps.services.brands;
  return new Hono()
    .get('/', doc.list, async (c) => c.json({ items: await brands.list() }))
    .get('/:id', doc.get, validate('param', IdParam), async (c) =>
      c.json(await brands.get(c.req.valid('param').id)),
    )
    .post('/', doc.create, admin, validate('json', BrandInputSchema), async (c) =>
      c.json(await brands.create(c.req.valid('json')), 201),
    )
    .patch(
      '/:id',
      doc.update,
      admin,
      validate('param', IdParam),
      validate('json', BrandPatchSchema),
      async (c) => c.json(await brands.update(c.req.valid('param').id, c.req.valid('json'))),
    )
    .delete('/:id', doc.remove, admin, validate('param', IdParam), async (c) => {
      await brands.remove(c.req.valid('param').id);
      return c.body(null, 204);
    });
};
