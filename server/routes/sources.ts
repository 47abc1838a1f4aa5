import { isRedactedFormOf } from '../../shared/redact';
import { Hono } from 'hono';
import { z } from 'zod';
import {
  ExportedSourceSchema,
  SOURCE_URL_PROTOCOLS,
  SourceConfigSchema,
  SourceCreateSchema,
  SourceIdSchema,
  SourcePatchSchema,
  SourceViewSchema,
} from '../../shared/source';
import type { SourceConfig } from '../../shared/source';
import { requireAdmin } from '../http/auth';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import { BlockedAddressError, assertUrlAllowed, explainBlocked } from '../feeds/safe-fetch-policy';
import { deriveSourceId } from '../feeds/source-id';
import { StoreConflictError } from '../store/types';
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

const invalid = (path: string, message: string): ApiError =>
  new ApiError('validation_failed', `json ${path}: ${message}`, [{ where: 'json', path, message }]);

/** Feed sources: reads are open and never include credentials; writes need the admin token. */
export const sourceRoutes = (deps: AppDeps) => {
  const admin = requireAdmin(deps.auth);
  const service = () => {
    if (!deps.sources) throw new ApiError('unavailable', 'sources are not running in this server process');
    return deps.sources;
  };
  const notFound = (id: string) => new ApiError('not_found', `no source with id "${id}"`);

  /** What the schema cannot know: the brand exists, and the network policy allows the address. */
  const check = async (config: SourceConfig): Promise<void> => {
    if (config.brand && !(await deps.store.getBrand(config.brand)))
      throw invalid('brand', `no brand with id "${config.brand}"`);
    if (!config.url) return;
    try {
      assertUrlAllowed(new URL(config.url), service().policy, SOURCE_URL_PROTOCOLS[config.kind]);
    } catch (err) {
      if (!(err instanceof BlockedAddressError)) throw err;
      throw invalid('url', explainBlocked(err, service().policy, 'OUTCRY_SOURCES_ALLOW_PRIVATE'));
    }
  };

  return new Hono()
    .get('/', doc.list, async (c) => c.json({ items: await service().list() }))
    .get('/export', doc.export, async (c) => {
      c.header('Content-Disposition', 'attachment; filename="outcry-sources.json"');
      return c.json(await service().exportConfig());
    })
    .get('/:id', doc.get, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      const view = await service().get(id);
      if (!view) throw notFound(id);
      return c.json(view);
    })
    .post('/', doc.create, admin, validate('json', SourceCreateSchema), async (c) => {
      const input = c.req.valid('json');
      const sources = service();
      const taken = new Set((await sources.list()).map((s) => s.id));
      const config: SourceConfig = { ...input, id: input.id ?? deriveSourceId(input, (id) => taken.has(id)) };
      await check(config);
      try {
        return c.json(await sources.create(config), 201);
      } catch (err) {
        if (err instanceof StoreConflictError)
          throw new ApiError('conflict', `a source with id "${config.id}" exists`);
        throw err;
      }
    })
    .patch(
      '/:id',
      doc.update,
      admin,
      validate('param', IdParam),
      validate('json', SourcePatchSchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const sources = service();
        const stored = await sources.config(id);
        if (!stored) throw notFound(id);
        const patch = c.req.valid('json');
        // A client that sends back the URL it was shown (password redacted) keeps the stored password.
        const keepUrl = patch.url != null && isRedactedFormOf(patch.url, stored.url);
        const parsed = SourceConfigSchema.safeParse({
          ...stored,
          ...patch,
          ...(keepUrl ? { url: stored.url } : {}),
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw invalid(issue?.path.map(String).join('.') ?? '(root)', issue?.message ?? 'invalid');
        }
        await check(parsed.data);
        const view = await sources.replace(parsed.data);
        if (!view) throw notFound(id);
        return c.json(view);
      },
    )
    .delete('/:id', doc.remove, admin, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      if (!(await service().remove(id))) throw notFound(id);
      return c.body(null, 204);
    })
    .post('/:id/poll', doc.poll, admin, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      const outcome = service().pollNow(id);
      if (outcome === 'not_found') throw notFound(id);
      if (outcome === 'standby')
        throw new ApiError('unavailable', 'this instance is a standby: poll through the leader instance');
      if (outcome === 'paused') throw new ApiError('conflict', `source "${id}" is paused: enable it to poll`);
      if (outcome === 'streaming')
        throw new ApiError('conflict', `source "${id}" is a live stream: it is never polled`);
      // 'busy' = a poll is already under way, which is what the caller asked for.
      return c.json({ id, polling: true, alreadyRunning: outcome === 'busy' }, 202);
    });
};
