import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrandInput } from '../../shared/brand';
import { slugify } from '../../shared/brand';
import { createApp } from '../../server/app';
import { type Bus, createBus } from '../../server/bus';
import type { Clock } from '../../server/clock';
import { setupAdminAuth } from '../../server/http/auth';
import { type Pipeline, type ScoreFn, createPipeline } from '../../server/ingest/pipeline';
import { openStore } from '../../server/store';
import type { Store } from '../../server/store/types';
import { VERSION } from '../../server/version';
import { NOW, iso } from './posts';
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

export type TestApp = {
  app: ReturnType<typeof createApp>;
  store: Store;
  pipeline: Pipeline;
  bus: Bus;
  clock: TestClock;
  dir: string;
  close(): Promise<void>;
};

export type TestAppOptions = { score?: ScoreFn; now?: number; brands?: BrandInput[]; demo?: boolean };

/** The real app (routes, pipeline, SQLite store) on a fresh temporary database file. */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'outcry-api-'));
  const clock = fixedClock(opts.now ?? NOW);
  const store = await openStore({ db: join(dir, 'outcry.db'), databaseUrl: undefined });
  const { auth } = await setupAdminAuth(store, TOKEN);
  const bus = createBus();
  const pipeline = createPipeline({ store, score: opts.score ?? stubScore, clock, bus });
  for (const b of opts.brands ?? []) {
    await store.createBrand({
      id: b.id ?? slugify(b.name),
      name: b.name,
      keywords: b.keywords,
      officialHandles: b.officialHandles,
      createdAt: iso(clock.now()),
    });
  }
  await pipeline.refreshBrands();
  const app = createApp({
    store,
    pipeline,
    bus,
    clock,
    auth,
    version: VERSION,
    demo: opts.demo ?? false,
    startedAt: clock.now(),
  });
  return {
    app,
    store,
    pipeline,
    bus,
    clock,
    dir,
    async close() {
      await store.close();
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
