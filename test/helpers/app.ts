import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrandInput } from '../../shared/brand';
import { createApp } from '../../server/app';
import type { Bus } from '../../server/bus';
import type { Clock } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { setupAdminAuth } from '../../server/http/auth';
import type { IncidentEngine } from '../../server/incidents/engine';
import type { Scheduler } from '../../server/incidents/scheduler';
import type { Pipeline, ScoreFn } from '../../server/ingest/pipeline';
import { runtimeDeps } from '../../server/routes/deps';
import { type Runtime, type RuntimeOverrides, createRuntime } from '../../server/runtime';
import type { Store } from '../../server/store/types';
import { VERSION } from '../../server/version';
import { NOW } from './posts';
import { stubScore } from './scorer';

export const TOKEN = 'test-admin-token-0123456789';

export type TestClock = Clock & { set(ms: number): void; advance(ms: number): void };

export function fixedClock(start: number = NOW): TestClock {
  let t = start;
  return {
    now: () => t,
    set: (ms) => {
      t = ms;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** Timers that never fire: whatever runs, a test started it (engine.tick(), alerts.runOnce()). */
export const manualScheduler: Scheduler = { every: () => () => {}, after: () => () => {} };

export type TestApp = {
  app: ReturnType<typeof createApp>;
  runtime: Runtime;
  store: Store;
  pipeline: Pipeline;
  bus: Bus;
  engine: IncidentEngine;
  clock: TestClock;
  dir: string;
  /** what the runtime logged (engine, webhook and pipeline errors) */
  log: string[];
  /** A restart: the runtime closes and a new one opens on the same database, clock and options. */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
};

export type TestAppOptions = {
  score?: ScoreFn;
  now?: number;
  brands?: BrandInput[];
  demo?: boolean;
  /** more environment for the config, e.g. OUTCRY_DATABASE_URL to run on PostgreSQL */
  env?: Record<string, string>;
  /** a clock shared with another instance */
  clock?: TestClock;
} & Pick<RuntimeOverrides, 'engine' | 'alerts'>;

/**
 * The production runtime (store, bus, pipeline, incident engine, alerts, sources, leadership) and app on a
 * fresh temporary SQLite file (or the database `env` names). Only time is the test's: a fixed clock, and timers that never fire.
 */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'outcry-api-'));
  const clock = opts.clock ?? fixedClock(opts.now ?? NOW);
  const t = await openTestApp(dir, clock, opts);
  for (const b of opts.brands ?? []) await t.runtime.services.brands.create(b);
  return t;
}

async function openTestApp(dir: string, clock: TestClock, opts: TestAppOptions): Promise<TestApp> {
  // No test here cuts the power: skip the per-commit fsync (the reliability suite's kill -9 test runs a
  // real server with the production default, FULL).
  const config = loadConfig({
    OUTCRY_DB: join(dir, 'outcry.db'),
    OUTCRY_DEMO: '0',
    OUTCRY_SQLITE_SYNCHRONOUS: 'normal',
    ...opts.env,
  });
  const log: string[] = [];
  const runtime = await createRuntime(config, {
    clock,
    scheduler: manualScheduler,
    score: opts.score ?? stubScore,
    log: (line) => log.push(line),
    ...(opts.engine ? { engine: opts.engine } : {}),
    ...(opts.alerts ? { alerts: opts.alerts } : {}),
  });
  await runtime.start();
  const { auth } = await setupAdminAuth(runtime.store, TOKEN, {
    readAuth: runtime.config.readAuth,
    clock,
  });
  const app = createApp({ ...runtimeDeps(runtime, { auth, version: VERSION }), demo: opts.demo ?? false });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await runtime.close();
  };
  return {
    app,
    runtime,
    store: runtime.store,
    pipeline: runtime.pipeline,
    bus: runtime.bus,
    engine: runtime.engine,
    clock,
    dir,
    log,
    async restart() {
      await close();
      return openTestApp(dir, clock, opts);
    },
    async close() {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const NORTHWIND: BrandInput = {
  id: 'northwind',
  name: 'Northwind Bank',
  keywords: ['Northwind', 'Northwind Bank', '#northwindbank', '@NorthwindBank'],
  officialHandles: ['@NorthwindHelp'],
};

export const HARBOR: BrandInput = {
  id: 'harbor',
  name: 'Harbor Pay',
  keywords: ['Harbor Pay', 'HarborPay'],
  officialHandles: ['@HarborPay'],
};
