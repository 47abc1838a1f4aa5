/** How one attempt ended, and when (if ever) to try again. */
export type AttemptOutcome = { status: 'delivered' | 'pending' | 'failed'; nextAttemptAt: number | null };

export type RetryPolicy = {
  /** attempts in all, the first included */
  maxAttempts: number;
  /** delay after the first failure; doubles with each further one */
  baseDelayMs: number;
  maxDelayMs: number;
};

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/** Worth retrying: no response (network error, timeout), 408, 425, 429 and 5xx. Other 3xx/4xx are final. */
export const isTransient = (statusCode: number | null): boolean =>
  statusCode === null || statusCode === 408 || statusCode === 425 || statusCode === 429 || statusCode >= 500;

export const backoffMs = (policy: RetryPolicy, attempt: number): number =>
  Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));

/** Parses Retry-After (seconds or an HTTP date) into a delay, or null. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

export function outcome(
  policy: RetryPolicy,
  attempt: number,
  statusCode: number | null,
  now: number,
  retryAfter: number | null = null,
): AttemptOutcome {
  if (statusCode !== null && statusCode >= 200 && statusCode < 300)
    return { status: 'delivered', nextAttemptAt: null };
  if (!isTransient(statusCode) || attempt >= policy.maxAttempts)
    return { status: 'failed', nextAttemptAt: null };
  // A receiver that asks for more time gets it, within the policy's longest delay.
  const delay = Math.min(policy.maxDelayMs, Math.max(backoffMs(policy, attempt), retryAfter ?? 0));
  return { status: 'pending', nextAttemptAt: now + delay };
}
