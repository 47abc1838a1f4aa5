import { Hono } from 'hono';
import type { Context } from 'hono';
import { type Role, type Whoami, WhoamiSchema } from '../../shared/auth';
import { StreamTicketSchema } from '../../shared/token';
import { bearerToken } from '../http/auth';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import type { AppDeps } from './deps';

const tags: ['auth'] = ['auth'];
const doc = {
  whoami: describe({
    summary: 'The role of the bearer token',
    tags,
    access: 'open',
    ok: { 200: { description: 'The token is valid', schema: WhoamiSchema } },
    errors: ['unauthorized'],
  }),
  ticket: describe({
    summary: 'A ticket for the event stream (EventSource cannot send a token header)',
    description: 'Open `/api/v1/stream?ticket=<ticket>` within a minute; the stream stays open after that.',
    tags,
    access: 'open',
    ok: { 200: { description: 'The ticket, valid for 60 s', schema: StreamTicketSchema } },
    errors: ['unauthorized'],
  }),
};

/** Token introspection (the dashboard checks a token when it is entered) and stream tickets. */
export const authRoutes = (deps: AppDeps) => {
  const callerRole = async (c: Context): Promise<Role> => {
    const token = bearerToken(c.req.header('authorization'));
    const role = token ? await deps.auth.roleOf(token) : null;
    if (!role) {
      c.header('WWW-Authenticate', 'Bearer realm="outcry"');
      throw new ApiError(
        'unauthorized',
        token ? 'this token is not valid' : 'send a token: Authorization: Bearer <token>',
      );
    }
    return role;
  };
  return new Hono()
    .get('/whoami', doc.whoami, async (c) => {
      const body: Whoami = { role: await callerRole(c) };
      return c.json(body);
    })
    .post('/stream-ticket', doc.ticket, async (c) =>
      c.json(await deps.auth.tokens.ticket(await callerRole(c))),
    );
};
