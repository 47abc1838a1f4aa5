import type { WebhookRecord } from '../store/incident-types';
import { VERSION } from '../version';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody } from './sign';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export type SendResult = {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  retryAfter: string | null;
};

/**
 * One POST of a stored body to a webhook, signed when it has a secret. Never throws: a network error,
 * a timeout or an abort is a result with no status code. Redirects are not followed (a 3xx is final).
 */
export async function sendOnce(
  fetchFn: FetchFn,
  hook: WebhookRecord,
  delivery: { id: string; event: string; body: string },
  opts: { now: number; timeoutMs: number; signal: AbortSignal },
): Promise<SendResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': `Outcry/${VERSION}`,
    'x-outcry-event': `incident.${delivery.event}`,
    'x-outcry-delivery': delivery.id,
    [TIMESTAMP_HEADER]: String(Math.floor(opts.now / 1000)),
  };
  if (hook.secret) headers[SIGNATURE_HEADER] = signBody(hook.secret, delivery.body);
  const started = performance.now();
  // An own controller and timer rather than AbortSignal.timeout(): combined with AbortSignal.any() the
  // timeout signal can be garbage-collected before it fires, and the request would hang for good.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const stop = () => controller.abort();
  opts.signal.addEventListener('abort', stop, { once: true });
  const signal = controller.signal;
  const took = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const res = await fetchFn(hook.url, {
      method: 'POST',
      headers,
      body: delivery.body,
      redirect: 'manual',
      signal,
    });
    // The body is not needed; cancelling it frees the connection.
    await res.body?.cancel().catch(() => {});
    const ok = res.status >= 200 && res.status < 300;
    return {
      statusCode: res.status,
      error: ok
        ? null
        : res.status >= 300 && res.status < 400
          ? `HTTP ${res.status} (redirects are not followed)`
          : `HTTP ${res.status}`,
      durationMs: took(),
      retryAfter: res.headers.get('retry-after'),
    };
  } catch (err) {
    const timedOut = signal.aborted && !opts.signal.aborted;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const error = timedOut
      ? `timed out after ${opts.timeoutMs} ms`
      : (cause?.code ?? cause?.message ?? (err as Error).message ?? 'network error');
    return { statusCode: null, error, durationMs: took(), retryAfter: null };
  } finally {
    clearTimeout(timer);
    opts.signal.removeEventListener('abort', stop);
  }
}
