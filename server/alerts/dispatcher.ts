import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { IncidentAlert } from '../incidents/engine';
import { type Scheduler, realScheduler } from '../incidents/scheduler';
import type { ClaimedDelivery, NewDelivery } from '../store/incident-types';
import type { Store } from '../store/types';
import { renderBody } from './payload';
import { DEFAULT_RETRY, type RetryPolicy, outcome, retryAfterMs } from './retry';
import { type FetchFn, sendOnce } from './send';

export type DispatcherOptions = {
  /** deliveries in flight at once (a slow receiver holds one slot, never ingest) */
  concurrency: number;
  timeoutMs: number;
  /** how often due retries are looked for */
  pollMs: number;
  retry: RetryPolicy;
};

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  concurrency: 4,
  timeoutMs: 10_000,
  pollMs: 5_000,
  retry: DEFAULT_RETRY,
};

export type DispatcherDeps = {
  store: Store;
  clock: Clock;
  fetch?: FetchFn;
  scheduler?: Scheduler;
  onError?: (err: unknown) => void;
  /** told each recorded attempt's outcome: delivered, retry (will be tried again) or failed (metrics) */
  onAttempt?: (outcome: 'delivered' | 'retry' | 'failed') => void;
  options?: Partial<DispatcherOptions>;
};

export type WebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;

/**
 * Outgoing webhooks. Alerts become deliveries in the store (one per webhook and event, so a replay never
 * sends twice and a restart resumes pending ones); a pump claims due deliveries under a lease and sends
 * them with bounded concurrency, each with a timeout, retrying transient failures with backoff.
 */
export function createWebhookDispatcher(deps: DispatcherDeps) {
  const opts: DispatcherOptions = { ...DEFAULT_DISPATCHER_OPTIONS, ...deps.options };
  const scheduler = deps.scheduler ?? realScheduler;
  const fetchFn: FetchFn = deps.fetch ?? ((url, init) => fetch(url, init));
  const onError = deps.onError ?? (() => {});
  const inFlight = new Set<Promise<void>>();
  const abort = new AbortController();
  let cancelPoll: (() => void) | null = null;
  let pumping: Promise<number> | null = null;
  // A lease longer than any attempt: a delivery claimed by a process that died is retried after it.
  const leaseMs = opts.timeoutMs + 60_000;

  async function enqueue(alerts: readonly IncidentAlert[]): Promise<void> {
    const hooks = (await deps.store.listWebhooks()).filter((h) => h.enabled);
    const now = deps.clock.now();
    const deliveries: NewDelivery[] = [];
    for (const alert of alerts) {
      for (const hook of hooks) {
        if (!hook.events.includes(alert.kind)) continue;
        if (hook.brands.length > 0 && !hook.brands.includes(alert.brand.id)) continue;
        const id = randomUUID();
        deliveries.push({
          id,
          webhookId: hook.id,
          eventKey: alert.key,
          event: alert.kind,
          incidentId: alert.incident.id,
          body: renderBody(hook.format, alert, id),
          createdAt: now,
        });
      }
    }
    if (deliveries.length > 0 && (await deps.store.enqueueDeliveries(deliveries)) > 0) wake();
  }

  async function attempt(d: ClaimedDelivery): Promise<void> {
    const hook = await deps.store.getWebhook(d.webhookId);
    const at = deps.clock.now();
    const n = d.attempts + 1;
    if (!hook?.enabled) {
      const error = hook ? 'webhook disabled' : 'webhook deleted';
      await deps.store.recordAttempt({
        deliveryId: d.id,
        attempt: n,
        at,
        statusCode: null,
        error,
        durationMs: 0,
        status: 'failed',
        nextAttemptAt: null,
      });
      deps.onAttempt?.('failed');
      return;
    }
    const r = await sendOnce(fetchFn, hook, d, { now: at, timeoutMs: opts.timeoutMs, signal: abort.signal });
    // Stopping mid-attempt records nothing: the lease runs out and the next start sends it again.
    if (abort.signal.aborted) return;
    const end = deps.clock.now();
    const o = outcome(opts.retry, n, r.statusCode, end, retryAfterMs(r.retryAfter, end));
    await deps.store.recordAttempt({
      deliveryId: d.id,
      attempt: n,
      at,
      statusCode: r.statusCode,
      error: r.error,
      durationMs: r.durationMs,
      ...o,
    });
    deps.onAttempt?.(o.status === 'pending' ? 'retry' : o.status);
  }

  /** Claims what is due and free slots allow, and starts sending; returns how many attempts started. */
  async function fill(): Promise<number> {
    const free = opts.concurrency - inFlight.size;
    if (free <= 0 || abort.signal.aborted) return 0;
    const claimed = await deps.store.claimDeliveries(deps.clock.now(), free, leaseMs);
    for (const d of claimed) {
      const p: Promise<void> = attempt(d)
        .catch(onError)
        .finally(() => {
          inFlight.delete(p);
          if (cancelPoll) wake();
        });
      inFlight.add(p);
    }
    return claimed.length;
  }

  function pump(): Promise<number> {
    pumping ??= fill().finally(() => {
      pumping = null;
    });
    return pumping;
  }

  function wake(): void {
    if (cancelPoll) pump().catch(onError);
  }

  return {
    enqueue,
    /** Sends everything due now and waits for those attempts (tests; no timers needed). */
    async runOnce(): Promise<number> {
      let started = 0;
      for (let round = 0; round < 10_000; round++) {
        const n = await pump();
        started += n;
        if (inFlight.size === 0 && n === 0) break;
        if (inFlight.size > 0) await Promise.race(inFlight);
      }
      return started;
    },
    inFlight: () => inFlight.size,
    start(): void {
      if (cancelPoll) return;
      cancelPoll = scheduler.every(opts.pollMs, () => {
        pump().catch(onError);
      });
      pump().catch(onError);
    },
    /** Stops polling and aborts attempts in flight (their deliveries stay pending). */
    async stop(): Promise<void> {
      cancelPoll?.();
      cancelPoll = null;
      abort.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}
