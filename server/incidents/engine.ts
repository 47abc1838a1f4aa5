import type { Brand } from '../../shared/brand';
import type { Incident } from '../../shared/incident';
import type { WebhookEvent } from '../../shared/webhook';
import type { Bus } from '../bus';
import type { Clock } from '../clock';
import type { NewPost, Store } from '../store/types';
import { minuteOf } from '../store/types';
import { type PublishedEvent, runBrand } from './brand-run';
import { earliestMinutes } from './late-posts';
import { type BrandMonitorKit, DAY_MS, MINUTE_MS, type MonitorSettings, brandMonitor } from './monitor-state';
import { type Scheduler, realScheduler } from './scheduler';
import { summarise } from './to-wire';

/** An alert-worthy incident event; `key` is unique per event, so a replay never alerts twice. */
export type IncidentAlert = { kind: WebhookEvent; key: string; t: number; brand: Brand; incident: Incident };
export type AlertSink = { enqueue(alerts: readonly IncidentAlert[]): Promise<void> };

export type EngineOptions = {
  /** how often the engine looks for newly complete minutes */
  intervalMs: number;
  /** a minute is processed once it ended this long ago (posts a little late still count live) */
  graceMs: number;
  historyMs: number;
  detailsRefreshMs: number;
  /** events older than this (a replay of history) are neither streamed nor alerted */
  liveWindowMs: number;
  /** delay of the extra tick after posts arrived for minutes already processed */
  nudgeMs: number;
  monitor: MonitorSettings;
};

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  intervalMs: 10_000,
  graceMs: 30_000,
  historyMs: 30 * DAY_MS,
  detailsRefreshMs: 5 * MINUTE_MS,
  liveWindowMs: 30 * MINUTE_MS,
  nudgeMs: 1_000,
  monitor: {},
};

export type EngineDeps = {
  store: Store;
  bus: Bus;
  clock: Clock;
  scheduler?: Scheduler;
  alerts?: AlertSink;
  onError?: (err: unknown) => void;
  options?: Partial<EngineOptions>;
};

export type IncidentEngine = ReturnType<typeof createIncidentEngine>;

const ALERT_KINDS: ReadonlySet<string> = new Set(['open', 'escalate', 'resolve']);

/** Alerts fire once per open, per escalation level and per resolution (a reopen resolves again). */
function alertKey(e: PublishedEvent): string {
  if (e.kind === 'escalate') return `${e.incident.id}:escalate:${e.incident.level}`;
  if (e.kind === 'resolve') return `${e.incident.id}:resolve:${e.incident.reopenCount}`;
  return `${e.incident.id}:${e.kind}`;
}

/**
 * Runs every brand's monitor over its complaints per complete minute, stores incidents, streams
 * `incident` events and hands alerts to the webhook dispatcher. Ticks are serialised; `tick()` resolves
 * once a pass that started after the call has finished.
 */
export function createIncidentEngine(deps: EngineDeps) {
  const opts: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, ...deps.options };
  const scheduler = deps.scheduler ?? realScheduler;
  const onError = deps.onError ?? (() => {});
  const kits = new Map<string, BrandMonitorKit>();
  const cursors = new Map<string, number>();
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  let active = false;
  let cancelInterval: (() => void) | null = null;
  let cancelNudge: (() => void) | null = null;

  const kitFor = (brand: string): BrandMonitorKit => {
    let kit = kits.get(brand);
    if (!kit) {
      kit = brandMonitor(brand, opts.monitor);
      kits.set(brand, kit);
    }
    return kit;
  };

  async function publish(brand: Brand, events: readonly PublishedEvent[], now: number): Promise<void> {
    const live = events.filter((e) => e.t + MINUTE_MS >= now - opts.liveWindowMs);
    for (const e of live) deps.bus.publish({ type: 'incident', kind: e.kind, incident: summarise(e.wire) });
    const alerts = live.flatMap((e): IncidentAlert[] =>
      ALERT_KINDS.has(e.kind)
        ? [{ kind: e.kind as WebhookEvent, key: alertKey(e), t: e.t, brand, incident: e.wire }]
        : [],
    );
    if (alerts.length === 0 || !deps.alerts) return;
    try {
      await deps.alerts.enqueue(alerts);
    } catch (err) {
      // The state is saved already: replaying from the first alert re-emits it (deliveries are idempotent).
      await deps.store.markMonitorRewind(brand.id, Math.min(...alerts.map((a) => a.t)));
      throw err;
    }
  }

  async function pass(): Promise<void> {
    active = true;
    try {
      const now = deps.clock.now();
      const end = minuteOf(now - opts.graceMs);
      const brands = await deps.store.listBrands();
      for (const brand of brands) {
        try {
          const r = await runBrand(deps.store, kitFor(brand.id), brand, end, opts);
          if (r.cursor !== null) cursors.set(brand.id, r.cursor);
          await publish(brand, r.events, now);
        } catch (err) {
          onError(err);
        }
      }
      const ids = new Set(brands.map((b) => b.id));
      for (const id of [...cursors.keys()]) if (!ids.has(id)) cursors.delete(id);
    } finally {
      active = false;
    }
  }

  function tick(): Promise<void> {
    if (queued) return queued;
    const next = chain.then(() => {
      queued = null;
      return pass();
    });
    queued = next;
    // The caller sees the failure; the chain itself must stay usable for the next tick.
    chain = next.catch(() => {});
    return next;
  }

  function nudge(): void {
    if (!cancelInterval || cancelNudge) return;
    cancelNudge = scheduler.after(opts.nudgeMs, () => {
      cancelNudge = null;
      tick().catch(onError);
    });
  }

  /** pipeline.afterInsert: posts for minutes already processed make the brand replay from there. */
  async function afterInsert(posts: NewPost[]): Promise<void> {
    let late = false;
    const busy = active || queued !== null;
    for (const [brand, minute] of earliestMinutes(posts)) {
      const cursor = cursors.get(brand);
      if (cursor !== undefined && minute >= cursor && !busy) continue;
      await deps.store.markMonitorRewind(brand, minute);
      if (cursor === undefined || minute < cursor) late = true;
    }
    if (late) nudge();
  }

  return {
    tick,
    afterInsert,
    options: opts,
    start(): void {
      if (cancelInterval) return;
      cancelInterval = scheduler.every(opts.intervalMs, () => {
        tick().catch(onError);
      });
      tick().catch(onError);
    },
    async stop(): Promise<void> {
      cancelInterval?.();
      cancelNudge?.();
      cancelInterval = null;
      cancelNudge = null;
      await chain;
    },
  };
}
