import { Hono } from 'hono';
import { type Whoami, WhoamiSchema } from '../../shared/auth';
import { bearerToken } from '../http/auth';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import type { AppDeps } from './deps';

const whoamiDoc = describe({
  summary: 'The role of the bearer token',
  tags: ['auth'],
  access: 'open',
  ok: { 200: { description: 'The token is valid', schema: WhoamiSchema } },
  errors: ['unauthorized'],
});

/** Token introspection: the dashboard checks a token when it is entered. */
export const authRoutes = (deps: AppDeps) =>
  new Hono().get('/whoami', whoamiDoc, async (c) => {
    const token = bearerToken(c.req.header('authorization'));
    const role = token ? await deps.auth.roleOf(token) : null;
    if (!role) {
      c.header('WWW-Authenticate', 'Bearer realm="outcry"');
      throw new ApiError(
        'unauthorized',
        token ? 'this token is not valid' : 'send a token: Authorization: Bearer <token>',
      );
    }
    const body: Whoami = { role };
    return c.json(body);
  });
