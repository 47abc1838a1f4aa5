/** Opaque keyset cursor over (createdAt desc, rowid desc). */
export type Cursor = { t: number; k: number };

export const encodeCursor = (c: Cursor): string => Buffer.from(`${c.t}:${c.k}`).toString('base64url');

export function decodeCursor(value: string): Cursor | null {
  const m = /^(-?\d+):(\d+)$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!m) return null;
  const c = { t: Number(m[1]), k: Number(m[2]) };
  // Digits beyond 2^53 are no time or key this server issued (and overflow PostgreSQL's bigint).
  return Number.isSafeInteger(c.t) && Number.isSafeInteger(c.k) ? c : null;
}
