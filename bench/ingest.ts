// npm run bench:ingest [-- --posts N] [--single-sqlite N] [--single-pg N] [--skip-pg]
// Posts per second through the real ingest pipeline (validation + brand matching + real scorer + store
// with its rollups) at batch sizes 1, 100 and 1000, on SQLite (file, WAL) and PostgreSQL; the store alone
// on the same pre-scored posts, the pipeline without a store, the scorer alone, and the duplicate path.
// Every run gets a fresh database. Prints one markdown table on stdout (progress on stderr).
// PostgreSQL: OUTCRY_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), fresh schemas.

import { parseArgs } from 'node:util';
import type { PostInputRaw } from '../shared/post';
import { loadConfig } from '../server/config';
import { createBrandMatcher } from '../server/ingest/match';
import { defaultScoreFn } from '../server/ingest/score-fn';
import { createRuntime } from '../server/runtime';
import type { SqliteSynchronous } from '../server/store/sqlite/sqlite-store';
import type { NewPost, Store } from '../server/store/types';
import { DATA_END, benchBrands, brandRecords, createBrands, demoPosts } from './lib/storage-data';
import {
  type Opened,
  createTargets,
  int,
  machineLine,
  markdownTable,
  mb,
  ratio,
} from './lib/storage-targets';

const { values } = parseArgs({
  options: {
    posts: { type: 'string' },
    'single-sqlite': { type: 'string' },
    'single-pg': { type: 'string' },
    'skip-pg': { type: 'boolean' },
  },
});
const POSTS = Number(values.posts ?? 100_000);
// One post per transaction is slow by design, so batch 1 runs on the first posts only.
const SINGLE = {
  sqlite: Number(values['single-sqlite'] ?? 10_000),
  pg: Number(values['single-pg'] ?? 2_000),
};
const withPg = values['skip-pg'] !== true;
const log = (line: string) => process.stderr.write(`[bench:ingest] ${line}\n`);
const gc = (globalThis as { gc?: () => void }).gc;

type Backend = 'sqlite' | 'pg';
/** Wall time, and the CPU time of this process (user + system: robust to a busy machine, not PostgreSQL's). */
type Measure = { posts: number; ms: number; cpuMs: number; heapGrowth: number };

/** Sends `items` in batches of `size`, timing the whole run and sampling the heap between batches. */
async function measure<T>(items: readonly T[], size: number, send: (b: T[]) => Promise<number>) {
  gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  let sinceSample = 0;
  let stored = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < items.length; i += size) {
    stored += await send(items.slice(i, i + size));
    sinceSample += size;
    if (sinceSample >= 2_000) {
      sinceSample = 0;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { m: { posts: items.length, ms, cpuMs, heapGrowth: peak - start } satisfies Measure, stored };
}

const brands = benchBrands(7);
const targets = createTargets('ingest');
const clock = { now: () => DATA_END + 3_600_000 };
const rows = new Map<string, { path: string; batch: string; sqlite?: Measure; pg?: Measure }>();
const record = (path: string, batch: number | string, backend: Backend | 'both', m: Measure) => {
  const key = `${path}\u0000${batch}`;
  const row = rows.get(key) ?? { path, batch: String(batch) };
  if (backend === 'sqlite' || backend === 'both') row.sqlite = m;
  if (backend === 'pg' || backend === 'both') row.pg = m;
  rows.set(key, row);
};

async function withStore<T>(
  backend: Backend,
  fn: (o: Opened) => Promise<T>,
  sync: SqliteSynchronous = 'full',
): Promise<T> {
  const o = backend === 'sqlite' ? await targets.sqlite(sync) : await targets.postgres();
  try {
    await createBrands(o.store, brands);
    return await fn(o);
  } finally {
    await targets.drop(o);
  }
}

/** The production runtime on the given store, not started: its pipeline (and the engine's hand-off). */
const pipelineFor = async (store: Store) =>
  (await createRuntime(loadConfig({ OUTCRY_DEMO: '0' }), { store, clock })).pipeline;

async function main(): Promise<void> {
  const machine = await machineLine(targets, withPg);
  const posts: PostInputRaw[] = demoPosts(brands, Math.ceil(POSTS / 33_000) + 1).slice(-POSTS);
  log(`${posts.length} demo posts generated`);

  const matcher = createBrandMatcher(brandRecords(brands));
  const masked = posts.map((p) => ({ text: matcher.mask(p.text), lang: p.lang }));
  const score = defaultScoreFn();
  const scoreOnly = (b: typeof masked) => {
    for (const p of b) score(p.text, p.lang);
    return Promise.resolve(b.length);
  };

  // The pipeline without a store (validation + matching + scoring); it also yields the pre-scored posts.
  const scored: NewPost[] = [];
  await withStore('sqlite', async ({ store }) => {
    const sink = (keep: boolean): Store => ({
      ...store,
      insertPosts: async (ps) => {
        if (keep) for (const p of ps) scored.push(p);
        return { inserted: ps, duplicates: 0 };
      },
    });
    // Warm the JIT (zod, matcher, scorer) on a first pass, so the first measured run is not penalised.
    const warm = await pipelineFor(sink(false));
    for (let i = 0; i < 20_000; i += 1_000) await warm.ingest(posts.slice(i, i + 1_000));
    const r0 = await measure(masked, 1_000, scoreOnly);
    record('score only (real scorer, masked text)', '—', 'both', r0.m);
    const pipeline = await pipelineFor(sink(true));
    const r = await measure(posts, 1_000, async (b) => (await pipeline.ingest(b)).accepted);
    record('validate + match + score (no store)', 1_000, 'both', r.m);
  });
  if (scored.length !== posts.length)
    throw new Error(`only ${scored.length} of ${posts.length} posts matched`);

  const backends: Backend[] = withPg ? ['sqlite', 'pg'] : ['sqlite'];
  for (const backend of backends) {
    for (const size of [1, 100, 1_000]) {
      const n = size === 1 ? SINGLE[backend] : posts.length;
      await withStore(backend, async ({ store }) => {
        const pipeline = await pipelineFor(store);
        const r = await measure(posts.slice(0, n), size, async (b) => (await pipeline.ingest(b)).accepted);
        if (r.stored !== n) throw new Error(`${backend} pipeline stored ${r.stored} of ${n}`);
        record('pipeline (validate + match + score + store)', size, backend, r.m);
        log(`${backend} pipeline batch ${size}: ${int(n / (r.m.ms / 1000))} posts/s`);
        if (size !== 1_000) return;
        const dup = await measure(posts, size, async (b) => (await pipeline.ingest(b)).duplicates);
        if (dup.stored !== n) throw new Error(`${backend} duplicates: ${dup.stored} of ${n}`);
        record('duplicates: pipeline re-sends the same batches', size, backend, dup.m);
      });
      await withStore(backend, async ({ store }) => {
        const r = await measure(
          scored.slice(0, n),
          size,
          async (b) => (await store.insertPosts(b)).inserted.length,
        );
        if (r.stored !== n) throw new Error(`${backend} store stored ${r.stored} of ${n}`);
        record('store alone (pre-scored posts + rollups)', size, backend, r.m);
        log(`${backend} store batch ${size}: ${int(n / (r.m.ms / 1000))} posts/s`);
        if (size !== 1_000) return;
        const dup = await measure(scored, size, async (b) => (await store.insertPosts(b)).duplicates);
        record('duplicates: store alone re-sends the same batches', size, backend, dup.m);
      });
    }
  }
  // Durability: the same store writes with synchronous=FULL (every commit synced; the default) and NORMAL.
  for (const size of [1, 100, 1_000]) {
    for (const sync of ['full', 'normal'] as const) {
      const n = size === 1 ? SINGLE.sqlite : posts.length;
      await withStore(
        'sqlite',
        async ({ store }) => {
          const r = await measure(
            scored.slice(0, n),
            size,
            async (b) => (await store.insertPosts(b)).inserted.length,
          );
          durability.set(`${size}\u0000${sync}`, r.m);
          log(`sqlite synchronous=${sync} batch ${size}: ${int(n / (r.m.ms / 1000))} posts/s`);
        },
        sync,
      );
    }
  }
  console.log(machine);
  console.log(
    `Data: ${posts.length.toLocaleString('en-US')} demo posts (3 brands); batch 1 runs on the first`,
  );
  console.log(
    `${int(SINGLE.sqlite)} (SQLite) / ${int(SINGLE.pg)} (PostgreSQL) posts. Fresh database per run.\n`,
  );
  console.log(table());
  console.log(`\nSQLite durability (store alone, pre-scored posts; fresh file per run):\n`);
  console.log(durabilityTable());
  const usage = process.resourceUsage();
  console.log(`\nPeak RSS of the whole run: ${mb(usage.maxRSS * 1024)} MB.`);
}

const durability = new Map<string, Measure>();

function durabilityTable(): string {
  const header = ['batch', 'posts', 'FULL posts/s', 'NORMAL posts/s', 'NORMAL ÷ FULL', 'FULL µs/post'];
  const body = [1, 100, 1_000].map((size) => {
    const full = durability.get(`${size}\u0000full`);
    const normal = durability.get(`${size}\u0000normal`);
    const rate = (m: Measure | undefined) => (m ? m.posts / (m.ms / 1000) : Number.NaN);
    return [
      String(size),
      int(full?.posts ?? 0),
      int(rate(full)),
      int(rate(normal)),
      ratio(rate(normal) / rate(full)),
      full ? ((full.ms * 1000) / full.posts).toFixed(1) : '—',
    ];
  });
  return markdownTable(header, body);
}

function table(): string {
  const perSec = (m: Measure | undefined) => (m ? m.posts / (m.ms / 1000) : Number.NaN);
  const usPer = (m: Measure | undefined) => (m ? (m.ms * 1000) / m.posts : Number.NaN);
  const us = (m: Measure, b: Backend, batch: string) =>
    `${usPer(m).toFixed(1)} / ${((m.cpuMs * 1000) / m.posts).toFixed(1)} (${share(m, batch, b)})`;
  const pipelineAt = (batch: string, b: Backend) =>
    rows.get(`pipeline (validate + match + score + store)\u0000${batch === '—' ? '1000' : batch}`)?.[b];
  const share = (m: Measure | undefined, batch: string, b: Backend) => {
    const base = pipelineAt(batch, b);
    return m && base ? `${Math.round((100 * usPer(m)) / usPer(base))}%` : '—';
  };
  const cell = (x: number) => (Number.isFinite(x) ? int(x) : '—');
  const header = [
    'path',
    'batch',
    'posts',
    'SQLite posts/s',
    'PostgreSQL posts/s',
    'SQLite ÷ PG',
    'SQLite µs/post: wall / CPU (wall share of pipeline)',
    'PG µs/post: wall / Node CPU (wall share of pipeline)',
    'heap growth MB (SQLite / PG)',
  ];
  const body = [...rows.values()].map((r) => {
    const same = r.sqlite === r.pg;
    const counts =
      same || !r.pg ? int(r.sqlite?.posts ?? 0) : `${int(r.sqlite?.posts ?? 0)} / ${int(r.pg.posts)}`;
    return [
      r.path,
      r.batch,
      counts,
      cell(perSec(r.sqlite)),
      cell(perSec(r.pg)),
      same || !r.pg ? '—' : ratio(perSec(r.sqlite) / perSec(r.pg)),
      r.sqlite ? us(r.sqlite, 'sqlite', r.batch) : '—',
      r.pg ? us(r.pg, 'pg', r.batch) : '—',
      same || !r.pg
        ? mb(r.sqlite?.heapGrowth ?? 0)
        : `${mb(r.sqlite?.heapGrowth ?? 0)} / ${mb(r.pg.heapGrowth)}`,
    ];
  });
  return markdownTable(header, body);
}

try {
  await main();
} finally {
  await targets.cleanup();
}
