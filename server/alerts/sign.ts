import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Outcry-Signature';
export const TIMESTAMP_HEADER = 'X-Outcry-Timestamp';

/** `sha256=<hex HMAC-SHA256 of the raw body, keyed by the webhook's secret>`. */
export const signBody = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/** What a receiver does (exported for tests and as a reference): constant-time comparison. */
export function verifySignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
