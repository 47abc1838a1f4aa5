import { createGuardedPost } from './alerts/guarded-post';
import { redactCredentials } from '../shared/redact';
import { type DispatcherOptions, createWebhookDispatcher } from './alerts/dispatcher';
import type { FetchFn } from './alerts/send';
import type { Bus } from './bus';
import { openBus } from './bus/open';
import { type Clock, systemClock } from './clock';
import { createLeadership } from './cluster/leadership';
import { type Lease, soleLease } from './cluster/lease';
import { type Config, ConfigError } from './config';
import { startDemo } from './demo/run';
import { type EngineOptions, createIncidentEngine } from './incidents/engine';
import { type Scheduler, realScheduler } from './incidents/scheduler';
import { applyConfigBrands } from './ingest/config-brands';
import { type ScoreFn, createPipeline } from './ingest/pipeline';
import type { SourceRunnerDeps } from './feeds/runner';
import { defaultScoreFn } from './ingest/score-fn';
import { createSourceService } from './feeds/source-service';
import { createMetrics } from './metrics/metrics';
import { timedStore } from './metrics/store-timing';
import { createServices } from './services';
import { createChanges, revisionKey } from './services/changes';
import { openStore } from './store';
import { createAdvisoryLease } from './store/postgres/advisory-lease';
import type { Store } from './store/types';

/**
 * What a caller may change about a runtime: time (clock, timers), the scorer and the knobs of each part,
 * never which parts there are or how they are joined. Tests and benchmarks use these.
 */
export type RuntimeOverrides = {
  clock?: Clock;
  /** timers of the engine, the webhook pump and the leader lease; tests pass one that never fires */
  scheduler?: Scheduler;
  score?: ScoreFn;
  /** an already opened store (benchmarks measuring the pipeline without a database) */
  store?: Store;
  bus?: Bus;
  /** who runs the engine and the sources; default: an advisory lock on PostgreSQL, always on SQLite */
  lease?: Lease;
  /** how often the lease is re-checked (and the leader re-reads the sources), default 10 s */
  leaseCheckMs?: number;
  engine?: Partial<EngineOptions>;
  alerts?: Partial<DispatcherOptions> & { fetch?: FetchFn };
  /** runner options for the feed sources (backoff, adapters, timers) */
  sources?: Partial<SourceRunnerDeps>;
  log?: (line: string) => void;
};

export type Runtime = Awaited<ReturnType<typeof createRuntime>>;

/**
 * The one place that builds Outcry's parts and joins them: store, bus, ingest pipeline, incident engine,
 * webhook alerts, feed sources and the leader lease. `outcry serve`, `outcry import`, the benchmarks and
 * the API tests all run this, so what the tests exercise is what production runs. Building starts
 * nothing: `start()` begins the timers, the demo feed and the lease; `close()` undoes everything.
 */
export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}) {
  const clock = overrides.clock ?? systemClock;
  const scheduler = overrides.scheduler ?? realScheduler;
  const sink = overrides.log ?? (() => {});
  // No log line shows a password written into a source or webhook URL.
  const log = (line: string) => sink(redactCredentials(line));
  const metrics = createMetrics();
  const store = timedStore(overrides.store ?? (await openStore(config)), metrics.observeStore);
  const bus = overrides.bus ?? (await openBus(config, store, (err) => log(`bus: ${(err as Error).message}`)));
  const pipeline = createPipeline({
    store,
    score: overrides.score ?? defaultScoreFn(),
    clock,
    bus,
    brandsRevision: () => store.getSetting(revisionKey('brands')),
    onError: (err) => log(`pipeline hook failed: ${(err as Error).message}`),
    observe: metrics.observeIngest,
  });
  const { fetch, ...alertOptions } = overrides.alerts ?? {};
  const webhookPolicy = {
    allowPrivate: config.webhooksAllowPrivate,
    allowLoopback: config.webhooksAllowPrivate,
  };
  const alerts = createWebhookDispatcher({
    store,
    clock,
    scheduler,
    options: alertOptions,
    fetch: fetch ?? createGuardedPost(webhookPolicy),
    onError: (err) => log(`webhooks: ${(err as Error).message}`),
    onAttempt: metrics.observeDelivery,
  });
  const engine = createIncidentEngine({
    store,
    bus,
    clock,
    scheduler,
    alerts,
    options: overrides.engine ?? {},
    onError: (err) => log(`incident engine: ${(err as Error).message}`),
  });
  // The hand-off from ingest to detection: posts for minutes the engine has already processed make it
  // replay the brand from there. Without a running engine (`outcry import`) this only records the minute,
  // and whichever instance leads replays from it on its next tick.
  pipeline.afterInsert(engine.afterInsert);
  // Loopback only with the same switch: a feed on this machine is as private as one on the LAN.
  const allow = config.sourcesAllowPrivate;
  const sources = createSourceService({
    store,
    pipeline,
    clock,
    policy: { allowPrivate: allow, allowLoopback: allow },
    log,
    ...(overrides.sources ? { runner: overrides.sources } : {}),
  });
  // Every instance serves the API, ingest, SSE and webhook delivery; only the lease holder runs the
  // incident engine and polls the feeds (so several instances do not poll one upstream several times).
  const leadership = createLeadership({
    lease: overrides.lease ?? defaultLease(config, store, log),
    async lead() {
      engine.start();
      await sources.start();
    },
    async follow() {
      await sources.stop();
      await engine.stop();
    },
    refresh: () => sources.sync(),
    scheduler,
    ...(overrides.leaseCheckMs === undefined ? {} : { intervalMs: overrides.leaseCheckMs }),
    onError: (err) => log(`leadership: ${(err as Error).message}`),
    onChange: (role) => {
      if (store.kind === 'postgres') log(`this instance is now the ${role}`);
    },
  });

  const changes = createChanges(
    { bus, store },
    {
      brands: () => pipeline.refreshBrands(),
      // The leader runs what the store now holds; elsewhere this is a no-op.
      sources: () => sources.sync(),
    },
    (err) => log(`applying a change from another instance failed: ${(err as Error).message}`),
  );
  const services = createServices({
    store,
    clock,
    feeds: sources,
    changes,
    commTargets: config.configFile?.communication ?? {},
    webhookPolicy,
  });

  // Brand assignment happens at ingest: the OUTCRY_CONFIG brands must exist before the first post.
  await applyConfigBrands(store, config.configFile?.brands ?? [], clock.now());
  const demo = config.demo ?? !(await hasOwnBrands(store));
  await pipeline.refreshBrands();
  let demoRun: { stop(): void } | null = null;
  let started = false;

  return {
    config,
    metrics,
    clock,
    store,
    bus,
    pipeline,
    engine,
    alerts,
    sources,
    leadership,
    services,
    /** the embedded demo feed runs (OUTCRY_DEMO, or no brand of one's own) */
    demo,
    startedAt: clock.now(),
    /** Demo feed, configured sources, webhook delivery, then the lease (and with it engine and feeds). */
    async start(): Promise<void> {
      if (started) return;
      started = true;
      if (demo)
        demoRun = await startDemo({
          store,
          pipeline,
          clock,
          log,
          brandsChanged: () => changes.announce('brands'),
        });
      await sources.applyConfig(config.configFile?.sources ?? []).catch((err: Error) => {
        throw new ConfigError(`Invalid OUTCRY_CONFIG=${config.configPath ?? ''}: ${err.message}`);
      });
      alerts.start();
      await leadership.start();
    },
    /** Stops every timer and connection, then closes the store. */
    async close(): Promise<void> {
      demoRun?.stop();
      await leadership.stop();
      await alerts.stop();
      await bus.close();
      await store.close();
    },
  };
}

function defaultLease(config: Config, store: Store, log: (line: string) => void): Lease {
  if (store.kind !== 'postgres' || !config.databaseUrl) return soleLease;
  return createAdvisoryLease({
    url: config.databaseUrl,
    onError: (err) => log(`lease: ${(err as Error).message}`),
  });
}

async function hasOwnBrands(store: Store): Promise<boolean> {
  const brands = await store.listBrands();
  const demoIds = new Set((await store.getSetting('demo_brands'))?.split(',') ?? []);
  return brands.some((b) => !demoIds.has(b.id));
}
