import { Hono } from 'hono';
import { z } from 'zod';
import { CreatedTokenSchema, TokenInputSchema, TokenListSchema } from '../../shared/token';
import { requireAdmin } from '../http/auth';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: z.string().min(1).max(64) });
const tags: ['tokens'] = ['tokens'];
const doc = {
  list: describe({
    summary: 'List role tokens (never their values)',
    tags,
    access: 'admin',
    ok: { 200: { description: 'Every token', schema: TokenListSchema } },
  }),
  create: describe({
    summary: 'Create a token with a role: viewer (read), analyst (read + export) or admin',
    tags,
    access: 'admin',
    ok: { 201: { description: 'The token; its value is shown this once', schema: CreatedTokenSchema } },
  }),
  revoke: describe({
    summary: 'Revoke a token; it is refused at once',
    tags,
    access: 'admin',
    ok: { 204: { description: 'Revoked' } },
    errors: ['not_found'],
  }),
};

/** Role tokens (admin only). OUTCRY_ADMIN_TOKEN is not one of them and cannot be revoked here. */
export const tokenRoutes = (deps: AppDeps) =>
  new Hono()
    .use(requireAdmin(deps.auth))
    .get('/', doc.list, async (c) => c.json({ items: await deps.auth.tokens.list() }))
    .post('/', doc.create, validate('json', TokenInputSchema), async (c) =>
      c.json(await deps.auth.tokens.create(c.req.valid('json')), 201),
    )
    .delete('/:id', doc.revoke, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      if (!(await deps.auth.tokens.revoke(id))) throw new ApiError('not_found', `no token with id "${id}"`);
      return c.body(null, 204);
    });
