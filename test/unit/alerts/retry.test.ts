import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, backoffMs, outcome, retryAfterMs } from '../../../server/alerts/retry';
import { signBody, verifySignature } from '../../../server/alerts/sign';

const NOW = Date.parse('2026-03-02T12:00:00Z');

describe('webhook retry policy', () => {
  it.each([
    [200, 1, 'delivered', null],
    [204, 8, 'delivered', null],
    [500, 1, 'pending', 30_000],
    [503, 3, 'pending', 120_000],
    [429, 2, 'pending', 60_000],
    [408, 1, 'pending', 30_000],
    [null, 1, 'pending', 30_000],
    [500, 8, 'failed', null],
    [400, 1, 'failed', null],
    [404, 1, 'failed', null],
    [301, 1, 'failed', null],
  ] as const)('status %s on attempt %i -> %s', (status, attempt, state, delay) => {
    expect(outcome(DEFAULT_RETRY, attempt, status, NOW)).toEqual({
      status: state,
      nextAttemptAt: delay === null ? null : NOW + delay,
    });
  });

  it('doubles the delay up to the cap, and honours a longer Retry-After within it', () => {
    expect([1, 2, 3, 4, 10, 20].map((n) => backoffMs(DEFAULT_RETRY, n))).toEqual([
      30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000,
    ]);
    expect(outcome(DEFAULT_RETRY, 1, 429, NOW, 300_000).nextAttemptAt).toBe(NOW + 300_000);
    expect(outcome(DEFAULT_RETRY, 3, 429, NOW, 1_000).nextAttemptAt).toBe(NOW + 120_000);
    expect(outcome(DEFAULT_RETRY, 1, 503, NOW, 86_400_000).nextAttemptAt).toBe(NOW + 3_600_000);
  });

  it('parses Retry-After as seconds or a date', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90_000);
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs(null, NOW)).toBeNull();
  });
});

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of the raw body and verifies only with the same secret and bytes', () => {
    // echo -n '{"a":1}' | openssl dgst -sha256 -hmac secret-of-sixteen-chars
    const sig = signBody('secret-of-sixteen-chars', '{"a":1}');
    expect(sig).toBe('sha256=8f598ae69422ce4b4a2986b067b484529f989a1afc04acf51a5cf621b600060b');
    expect(verifySignature('secret-of-sixteen-chars', '{"a":1}', sig)).toBe(true);
    expect(verifySignature('secret-of-sixteen-chars', '{"a": 1}', sig)).toBe(false);
    expect(verifySignature('another-secret-value', '{"a":1}', sig)).toBe(false);
    expect(verifySignature('secret-of-sixteen-chars', '{"a":1}', undefined)).toBe(false);
  });
});
