import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { Store } from '../store/types';
import { ApiError } from './errors';

const SETTING = 'admin_token_sha256';
const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

export type AdminAuth = { verify(token: string): boolean };

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
  const auth: AdminAuth = { verify: (token) => timingSafeEqual(sha256(token), hash) };
  return { auth, generated };
}

export const requireAdmin = (auth: AdminAuth) =>
  createMiddleware(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m?.[1]) {
      c.header('WWW-Authenticate', 'Bearer realm="outcry"');
      throw new ApiError('unauthorized', 'this request needs the admin token: Authorization: Bearer <token>');
    }
    if (!auth.verify(m[1])) throw new ApiError('forbidden', 'the admin token is not valid');
    await next();
  });
