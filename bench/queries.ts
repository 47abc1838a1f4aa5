// npm run bench:queries [-- --days N] [--scale N] [--pg-every N] [--skip-pg] [--overview-only]
// [--overview-brands N]
// Read latency on a month of demo-like posts for 3 brands (~1M in SQLite, every 4th of them in
// PostgreSQL): GET /series (readSeries) from the rollups against the same response computed by scanning
// raw posts, and post listing pages (keyset cursor against OFFSET for a deep page), p50/p95 over repeated
// runs. Every series is checked equal to its raw-scan twin first. Prints one markdown table on stdout
// (progress on stderr). PostgreSQL: OUTCRY_BENCH_DATABASE_URL, in a fresh schema dropped afterwards.
// Then the overview (GET /overview) on 50 brands x 30 days in SQLite after the engine ran the month: the
// expected hour from the engine's stored baseline against the former 7-day series replay per brand.

import { parseArgs } from 'node:util';
import type { Bucket } from '../shared/enums';
import { defaultScoreFn } from '../server/ingest/score-fn';
import { readOverview } from '../server/read/overview';
import { readSeries } from '../server/read/series';
import { buildOverviewData, expectedFromSeries } from './lib/overview-data';
import type { NewPost, PostQuery, Store } from '../server/store/types';
import { type Sample, ms, sameData, sample } from './lib/query-runs';
import { type RawAccess, pgRaw, sqliteRaw } from './lib/raw-access';
import { DATA_END, DAY_MS, benchBrands, createBrands, createPreScorer, demoDay } from './lib/storage-data';
import {
  BENCH_DATABASE_URL,
  type Opened,
  createTargets,
  int,
  machineLine,
  markdownTable,
  ratio,
} from './lib/storage-targets';

const { values } = parseArgs({
  options: {
    days: { type: 'string' },
    scale: { type: 'string' },
    'pg-every': { type: 'string' },
    'skip-pg': { type: 'boolean' },
    'overview-only': { type: 'boolean' },
    'overview-brands': { type: 'string' },
  },
});
const DAYS = Number(values.days ?? 30);
const PG_EVERY = Number(values['pg-every'] ?? 4);
const withPg = values['skip-pg'] !== true;
const brands = benchBrands(Number(values.scale ?? 7));
const BRAND = 'northwind-bank';
/** The deep page starts this far into the brand's listing (about a fifth of the month). */
const DEEP_SHARE = 0.2;
const log = (line: string) => process.stderr.write(`[bench:queries] ${line}\n`);
const targets = createTargets('queries');

type Target = { name: string; opened: Opened; raw: RawAccess; posts: number };

async function build(): Promise<Target[]> {
  const t0 = performance.now();
  const sqlite = await targets.sqlite();
  const pg = withPg ? await targets.postgres() : null;
  for (const o of [sqlite, pg]) if (o) await createBrands(o.store, brands);
  const pre = createPreScorer(brands, defaultScoreFn(), DATA_END);
  let n = 0;
  let nPg = 0;
  // PostgreSQL stores day d (in its own process) while this one generates and stores day d + 1 in SQLite;
  // the SQLite chunks yield to the event loop so the PostgreSQL round trips keep going.
  let pgDay: Promise<number> = Promise.resolve(0);
  for (let d = DAYS; d > 0; d--) {
    const day = demoDay(brands, DATA_END - d * DAY_MS)
      .map(pre)
      .filter((p): p is NewPost => p !== null);
    for (let i = 0; i < day.length; i += 5_000) {
      n += (await sqlite.store.insertPosts(day.slice(i, i + 5_000))).inserted.length;
      await new Promise((resolve) => setImmediate(resolve));
    }
    nPg += await pgDay;
    const sampled = day.filter((_, i) => i % PG_EVERY === 0);
    pgDay = pg ? pg.store.insertPosts(sampled).then((r) => r.inserted.length) : Promise.resolve(0);
    pgDay.catch(() => {}); // awaited on the next day: not an unhandled rejection meanwhile
    if (d % 10 === 0) log(`${DAYS - d + 1} of ${DAYS} days stored (${int(n)} posts)`);
  }
  nPg += await pgDay;
  const list: Target[] = [{ name: 'SQLite', opened: sqlite, raw: sqliteRaw(sqlite.file ?? ''), posts: n }];
  if (pg?.schema) {
    list.push({ name: 'PostgreSQL', opened: pg, raw: pgRaw(BENCH_DATABASE_URL, pg.schema), posts: nPg });
    // A freshly loaded table gets its statistics from autovacuum sooner or later: take them now.
    await vacuumAnalyze(pg);
  }
  log(
    `built ${int(n)} SQLite / ${int(nPg)} PostgreSQL posts in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return list;
}

async function vacuumAnalyze(o: Opened): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  try {
    for (const t of ['posts', 'post_brands', 'rollups', 'rollup_categories']) {
      await client.query(`VACUUM ANALYZE ${o.schema}.${t}`);
    }
  } finally {
    await client.end();
  }
}

type Row = { read: string; target: string; rows: string; design: Sample; alt?: { name: string; s: Sample } };

const SERIES: { label: string; days: number; bucket: Bucket }[] = [
  { label: 'series 24 h @5m', days: 1, bucket: '5m' },
  { label: 'series 7 d @1h', days: 7, bucket: '1h' },
  { label: 'series 30 d @1d', days: 30, bucket: '1d' },
];

async function readsFor(t: Target): Promise<Row[]> {
  const { store } = t.opened;
  const raw: Store = { ...store, rollups: t.raw.rollups };
  const out: Row[] = [];
  for (const s of SERIES) {
    const req = { brand: BRAND, from: DATA_END - s.days * DAY_MS, to: DATA_END, bucket: s.bucket };
    const mine = await readSeries(store, req, DATA_END);
    if (!sameData(mine, await readSeries(raw, req, DATA_END))) {
      throw new Error(`${t.name} ${s.label}: rollups and raw posts disagree`);
    }
    const posts = mine.points.reduce((a, p) => a + p.posts, 0);
    out.push({
      read: s.label,
      target: t.name,
      rows: `${mine.points.length} points (${int(posts)} posts)`,
      design: await sample(() => readSeries(store, req, DATA_END)),
      alt: { name: 'raw-post scan', s: await sample(() => readSeries(raw, req, DATA_END)) },
    });
    log(`${t.name} ${s.label} done`);
  }

  const page = async (label: string, q: PostQuery) => {
    const first = await store.listPosts(q);
    out.push({
      read: label,
      target: t.name,
      rows: `${first.items.length}`,
      design: await sample(() => store.listPosts(q)),
    });
  };
  await page('posts: first page (brand, 50)', { brand: BRAND, limit: 50 });

  const brandPosts = (await store.brandActivity(0, DATA_END)).find((b) => b.brand === BRAND)?.posts ?? 0;
  const depth = Math.floor(brandPosts * DEEP_SHARE);
  const cursor = await t.raw.cursorAfter({ brand: BRAND, limit: 50 }, depth);
  if (!cursor) throw new Error(`${t.name}: no post ${depth} deep`);
  const deepQ: PostQuery = { brand: BRAND, limit: 50, cursor };
  const byCursor = await store.listPosts(deepQ);
  const byOffset = await t.raw.offsetPage({ brand: BRAND, limit: 50 }, depth);
  if (!sameData(byCursor.items, byOffset)) throw new Error(`${t.name}: keyset and OFFSET pages differ`);
  out.push({
    read: `posts: deep page (${int(depth)} posts in)`,
    target: t.name,
    rows: `${byCursor.items.length}`,
    design: await sample(() => store.listPosts(deepQ)),
    alt: {
      name: 'LIMIT/OFFSET',
      s: await sample(() => t.raw.offsetPage({ brand: BRAND, limit: 50 }, depth)),
    },
  });
  await page('posts: complaint + category "payments"', {
    brand: BRAND,
    complaint: true,
    category: 'payments',
    limit: 50,
  });
  await page('posts: text search "declined"', { brand: BRAND, q: 'declined', limit: 50 });
  await page('posts: text search, no match (whole brand scanned)', {
    brand: BRAND,
    q: 'blockchain',
    limit: 50,
  });
  log(`${t.name} post pages done`);
  return out;
}

async function main(): Promise<void> {
  const machine = await machineLine(targets, withPg);
  const built = await build();
  const rows: Row[] = [];
  for (const t of built) rows.push(...(await readsFor(t)));
  const header = [
    'read',
    'backend',
    'result',
    'Outcry p50 / p95 ms',
    'alternative',
    'alt p50 / p95 ms',
    'alt ÷ Outcry (p50)',
    'runs',
  ];
  const body = rows.map((r) => [
    r.read,
    r.target,
    r.rows,
    `${ms(r.design.p50)} / ${ms(r.design.p95)}`,
    r.alt?.name ?? '—',
    r.alt ? `${ms(r.alt.s.p50)} / ${ms(r.alt.s.p95)}` : '—',
    r.alt ? ratio(r.alt.s.p50 / r.design.p50) : '—',
    r.alt ? `${r.design.runs} / ${r.alt.s.runs}` : `${r.design.runs}`,
  ]);
  console.log(machine);
  console.log(
    `Data: ${built.map((t) => `${t.name} ${int(t.posts)} posts`).join(', ')} over ${DAYS} days, 3 brands; reads for ${BRAND}.\n`,
  );
  console.log(markdownTable(header, body));
  for (const t of built) await t.raw.close();
}

async function overview(): Promise<void> {
  const opened = await targets.sqlite();
  const brandsN = Number(values['overview-brands'] ?? 50);
  const posts = await buildOverviewData(
    opened.store,
    { brands: brandsN, days: DAYS, end: DATA_END, postsPerMinute: 0.5 },
    log,
  );
  const now = DATA_END - 30_000;
  const after = await sample(() => readOverview(opened.store, now, false));
  const before = await sample(() =>
    Promise.all([readOverview(opened.store, now, false), expectedFromSeries(opened.store, now)]),
  );
  console.log(
    `\nOverview: ${brandsN} brands, ${int(posts)} posts over ${DAYS} days (SQLite), the engine run over the month.\n`,
  );
  console.log(
    markdownTable(
      [
        'read',
        'Outcry p50 / p95 ms',
        'before: + 7-day series replay per brand',
        'before ÷ Outcry (p95)',
        'runs',
      ],
      [
        [
          `overview, ${brandsN} brands`,
          `${ms(after.p50)} / ${ms(after.p95)}`,
          `${ms(before.p50)} / ${ms(before.p95)}`,
          ratio(before.p95 / after.p95),
          `${after.runs} / ${before.runs}`,
        ],
      ],
    ),
  );
  await targets.drop(opened);
}

try {
  if (!values['overview-only']) await main();
  await overview();
} finally {
  await targets.cleanup();
}
