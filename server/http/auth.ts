import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { type Role, roleAllows } from '../../shared/auth';
import { systemClock, type Clock } from '../clock';
import { type TokenService, createTokenService } from '../services/tokens';
import type { Store } from '../store/types';
import { ApiError } from './errors';

const SETTING = 'admin_token_sha256';
const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

export type AdminAuth = {
  /** true for the admin token of OUTCRY_ADMIN_TOKEN (or the generated one) */
  verify(token: string): boolean;
  /** The role a bearer token carries, or null for a token this server does not know. */
  roleOf(token: string): Promise<Role | null>;
  /** role tokens: created, listed and revoked with `outcry token` and /api/v1/tokens */
  tokens: TokenService;
  /** OUTCRY_READ_AUTH: reads (and the event stream, and /metrics) need a token too */
  readAuth: boolean;
};

/**
 * OUTCRY_ADMIN_TOKEN when set; otherwise a token generated on first start whose hash alone is stored.
 * `generated` is the plaintext, returned once so the caller can print it. Role tokens come from the store.
 */
export async function setupAdminAuth(
  store: Store,
  envToken: string | undefined,
  opts: { readAuth?: boolean; clock?: Clock } = {},
) {
  let hash: Buffer;
  let generated: string | null = null;
  if (envToken) {
    hash = sha256(envToken);
  } else {
    const stored = await store.getSetting(SETTING);
    if (stored) {
      hash = Buffer.from(stored, 'hex');
    } else {
      generated = `oc_${randomBytes(24).toString('base64url')}`;
      hash = sha256(generated);
      await store.setSetting(SETTING, hash.toString('hex'));
    }
  }
  const tokens = createTokenService(store, opts.clock ?? systemClock);
  const verify = (token: string) => timingSafeEqual(sha256(token), hash);
  const auth: AdminAuth = {
    verify,
    roleOf: async (token) => (verify(token) ? 'admin' : tokens.roleOf(token)),
    tokens,
    readAuth: opts.readAuth ?? false,
  };
  return { auth, generated };
}

/** The bearer token of a request, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1] ?? null;
}

const unauthorized = (c: Context, message: string): ApiError => {
  c.header('WWW-Authenticate', 'Bearer realm="outcry"');
  return new ApiError('unauthorized', message);
};

/** Writes: a token whose role includes `need`. No token 401; an unknown token or too small a role 403. */
export const requireRole = (auth: AdminAuth, need: Role) =>
  createMiddleware(async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) throw unauthorized(c, `this request needs the ${need} token: Authorization: Bearer <token>`);
    const role = await auth.roleOf(token);
    if (!role) throw new ApiError('forbidden', `the ${need} token is not valid`);
    if (!roleAllows(role, need))
      throw new ApiError('forbidden', `this needs the ${need} role; the token is ${role}`);
    await next();
  });

export const requireAdmin = (auth: AdminAuth) => requireRole(auth, 'admin');

/** Downloads: what an analyst may do beyond a viewer. */
function readNeed(path: string, query: (k: string) => string | undefined): Role {
  const format = query('format');
  const isExport =
    (path === '/api/v1/posts' && (format === 'ndjson' || format === 'csv')) ||
    (path === '/api/v1/series' && format === 'csv') ||
    (/^\/api\/v1\/incidents\/[^/]+\/report$/.test(path) && format === 'md') ||
    path === '/api/v1/sources/export';
  return isExport ? 'analyst' : 'viewer';
}

/**
 * With OUTCRY_READ_AUTH every read of /api/v1 (and /metrics) needs a token: a viewer reads, an analyst also
 * exports. No token or an unknown one is 401 (the dashboard then asks for one). The event stream also
 * takes `?ticket=` from POST /api/v1/auth/stream-ticket, because EventSource cannot send headers.
 */
export const readGuard = (auth: AdminAuth) =>
  createMiddleware(async (c, next) => {
    const path = c.req.path;
    if (
      !auth.readAuth ||
      (c.req.method !== 'GET' && c.req.method !== 'HEAD') ||
      path.startsWith('/api/v1/auth/')
    )
      return next();
    const token = bearerToken(c.req.header('authorization'));
    const ticket = path === '/api/v1/stream' ? c.req.query('ticket') : undefined;
    const role = token ? await auth.roleOf(token) : ticket ? await auth.tokens.ticketRole(ticket) : null;
    if (!role)
      throw unauthorized(
        c,
        token || ticket
          ? 'this token is not valid'
          : 'reads need a token here: Authorization: Bearer <token>',
      );
    const need = readNeed(path, (k) => c.req.query(k));
    if (!roleAllows(role, need))
      throw new ApiError('forbidden', `this needs the ${need} role; the token is ${role}`);
    await next();
  });
