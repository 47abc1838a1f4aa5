import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { createBus } from './bus';
import { systemClock } from './clock';
import { type Config, ConfigError } from './config';
import { startDemo } from './demo/run';
import { setupAdminAuth } from './http/auth';
import { createPipeline } from './ingest/pipeline';
import { applyConfigBrands } from './ingest/config-brands';
import { defaultScoreFn } from './ingest/score-fn';
import { createSourceService } from './feeds/source-service';
import { createIncidentEngine } from './incidents/engine';
import { createWebhookDispatcher } from './alerts/dispatcher';
import { createLeadership } from './cluster/leadership';
import { type Lease, soleLease } from './cluster/lease';
import { openStore } from './store';
import { createAdvisoryLease } from './store/postgres/advisory-lease';
import type { Store } from './store/types';

export type RunningServer = { url: string; close(): Promise<void> };

export type ServeOptions = {
  config: Config;
  version: string;
  staticDir: string;
  log: (line: string) => void;
  /** Who runs the engine and the sources; default: an advisory lock on PostgreSQL, always on SQLite. */
  lease?: Lease;
  /** How often the lease is re-checked (and the leader re-reads the sources), default 10 s. */
  leaseCheckMs?: number;
};

/** Open the store, start the pipeline (and demo feed), serve API + SPA. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const { config, log } = opts;
  const clock = systemClock;
  const store = await openStore(config);
  const { auth, generated } = await setupAdminAuth(store, config.adminToken);
  if (generated) {
    log(`Admin token (shown once; only its hash is stored): ${generated}`);
  }
  const bus = createBus();
  const pipeline = createPipeline({
    store,
    score: defaultScoreFn(),
    clock,
    bus,
    onError: (err) => log(`pipeline hook failed: ${(err as Error).message}`),
  });
  const webhooks = createWebhookDispatcher({
    store,
    clock,
    onError: (err) => log(`webhooks: ${(err as Error).message}`),
  });
  const engine = createIncidentEngine({
    store,
    bus,
    clock,
    alerts: webhooks,
    onError: (err) => log(`incident engine: ${(err as Error).message}`),
  });
  pipeline.afterInsert(engine.afterInsert);
  await applyConfigBrands(store, config.configFile?.brands ?? [], clock.now());
  const demo = config.demo ?? !(await hasOwnBrands(store));
  const demoRun = demo ? await startDemo({ store, pipeline, clock, log }) : null;
  await pipeline.refreshBrands();
  // Loopback only with the same switch: a feed on this machine is as private as one on the LAN.
  const allow = config.sourcesAllowPrivate;
  const sources = createSourceService({
    store,
    pipeline,
    clock,
    policy: { allowPrivate: allow, allowLoopback: allow },
    log,
  });
  await sources.applyConfig(config.configFile?.sources ?? []).catch(async (err: Error) => {
    demoRun?.stop();
    await store.close();
    throw new ConfigError(`Invalid OUTCRY_CONFIG=${config.configPath ?? ''}: ${err.message}`);
  });
  webhooks.start();
  // Every instance serves the API, ingest, SSE and webhook delivery; only the lease holder runs the
  // incident engine and polls the feeds (so several instances do not poll one upstream several times).
  const leadership = createLeadership({
    lease:
      opts.lease ??
      (config.databaseUrl
        ? createAdvisoryLease({
            url: config.databaseUrl,
            onError: (err) => log(`lease: ${(err as Error).message}`),
          })
        : soleLease),
    async lead() {
      engine.start();
      await sources.start();
    },
    async follow() {
      await sources.stop();
      await engine.stop();
    },
    refresh: () => sources.sync(),
    ...(opts.leaseCheckMs === undefined ? {} : { intervalMs: opts.leaseCheckMs }),
    onError: (err) => log(`leadership: ${(err as Error).message}`),
    onChange: (role) => {
      if (store.kind === 'postgres') log(`this instance is now the ${role}`);
    },
  });

  const staticDir = existsSync(join(opts.staticDir, 'index.html')) ? opts.staticDir : undefined;
  if (!staticDir) log(`No built dashboard in ${opts.staticDir}: serving the API only (run npm run build).`);
  const app = createApp({
    store,
    pipeline,
    bus,
    clock,
    auth,
    version: opts.version,
    demo,
    startedAt: clock.now(),
    sources,
    cluster: leadership,
    commTargets: config.configFile?.communication ?? {},
    ...(staticDir ? { staticDir } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  await leadership.start();
  log(`Outcry ${opts.version} listening on ${url} (${store.kind}${demo ? ', demo feed on' : ''})`);

  return {
    url,
    async close() {
      demoRun?.stop();
      await leadership.stop();
      await webhooks.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // SSE clients hold connections open; end them so shutdown is prompt.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await store.close();
    },
  };
}

async function hasOwnBrands(store: Store): Promise<boolean> {
  const brands = await store.listBrands();
  const demoIds = new Set((await store.getSetting('demo_brands'))?.split(',') ?? []);
  return brands.some((b) => !demoIds.has(b.id));
}
