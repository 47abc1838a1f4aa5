import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/auth';
import type { Store } from '../store/types';
import { ApiError } from './errors';

const SETTING = 'admin_token_sha256';
const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

export type AdminAuth = {
  verify(token: string): boolean;
  /** The role a bearer token carries, or null for a token this server does not know. */
  roleOf(token: string): Promise<Role | null>;
};

/**
 * OUTCRY_ADMIN_TOKEN when set; otherwise a token generated on first start whose hash alone is stored.
 * `generated` is the plaintext, returned once so the caller can print it.
 */
export async function setupAdminAuth(store: Store, envToken: string | undefined) {
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
  const verify = (token: string) => timingSafeEqual(sha256(token), hash);
  const auth: AdminAuth = { verify, roleOf: async (token) => (verify(token) ? 'admin' : null) };
  return { auth, generated };
}

/** The bearer token of a request, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1] ?? null;
}

export const requireAdmin = (auth: AdminAuth) =>
  createMiddleware(async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer realm="outcry"');
      throw new ApiError('unauthorized', 'this request needs the admin token: Authorization: Bearer <token>');
    }
    if (!auth.verify(token)) throw new ApiError('forbidden', 'the admin token is not valid');
    await next();
  });
