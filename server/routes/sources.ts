import { Hono } from 'hono';
import { z } from 'zod';
import {
  ExportedSourceSchema,
  SourceCreateSchema,
  SourceIdSchema,
  SourcePatchSchema,
  SourceViewSchema,
} from '../../shared/source';
import { requireAdmin } from '../http/auth';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: SourceIdSchema });

const tags: ['sources'] = ['sources'];
const unavailable = 'unavailable' as const;
const doc = {
  list: describe({
    summary: 'List sources with their live health',
    tags,
    access: 'read',
    ok: {
      200: { description: 'Every source, by id', schema: z.object({ items: z.array(SourceViewSchema) }) },
    },
    errors: [unavailable],
  }),
  export: describe({
    summary: 'The sources as an OUTCRY_CONFIG file, without credentials',
    tags,
    access: 'read',
    ok: { 200: { description: 'A download', schema: z.object({ sources: z.array(ExportedSourceSchema) }) } },
    errors: [unavailable],
  }),
  get: describe({
    summary: 'One source',
    tags,
    access: 'read',
    ok: { 200: { description: 'The source', schema: SourceViewSchema } },
    errors: ['not_found', unavailable],
  }),
  create: describe({
    summary: 'Add a source; it starts at once',
    tags,
    access: 'admin',
    ok: { 201: { description: 'The source created', schema: SourceViewSchema } },
    errors: ['conflict', unavailable],
  }),
  update: describe({
    summary: 'Change a source; the change applies at once',
    tags,
    access: 'admin',
    ok: { 200: { description: 'The source changed', schema: SourceViewSchema } },
    errors: ['not_found', unavailable],
  }),
  remove: describe({
    summary: 'Stop a source and forget its state (posts stay)',
    tags,
    access: 'admin',
    ok: { 204: { description: 'Deleted' } },
    errors: ['not_found', unavailable],
  }),
  poll: describe({
    summary: 'Poll a source now',
    tags,
    access: 'admin',
    ok: {
      202: {
        description: 'A poll is under way',
        schema: z.object({ id: z.string(), polling: z.literal(true), alreadyRunning: z.boolean() }),
      },
    },
    errors: ['not_found', 'conflict', unavailable],
  }),
};

/** Feed sources: reads are open and never include credentials; writes need the admin token. */
export const sourceRoutes = (deps: AppDeps) => {
  const admin = requireAdmin(deps.auth);
  const sources = deps.services.sources;
  return new Hono()
    .get('/', doc.list, async (c) => c.json({ items: await sources.list() }))
    .get('/export', doc.export, async (c) => {
      c.header('Content-Disposition', 'attachment; filename="outcry-sources.json"');
      return c.json(await sources.exportConfig());
    })
    .get('/:id', doc.get, validate('param', IdParam), async (c) =>
      c.json(await sources.get(c.req.valid('param').id)),
    )
    .post('/', doc.create, admin, validate('json', SourceCreateSchema), async (c) =>
      c.json(await sources.create(c.req.valid('json')), 201),
    )
    .patch(
      '/:id',
      doc.update,
      admin,
      validate('param', IdParam),
      validate('json', SourcePatchSchema),
      async (c) => c.json(await sources.update(c.req.valid('param').id, c.req.valid('json'))),
    )
    .delete('/:id', doc.remove, admin, validate('param', IdParam), async (c) => {
      await sources.remove(c.req.valid('param').id);
      return c.body(null, 204);
    })
    .post('/:id/poll', doc.poll, admin, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      return c.json({ id, polling: true, ...sources.poll(id) }, 202);
    });
};
