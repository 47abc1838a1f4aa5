import { parseInstant, toIso } from '../../shared/time';
import type { Clock } from '../clock';
import type { Pipeline } from '../ingest/pipeline';
import type { Store } from '../store/types';
import { DEMO_BRANDS } from './brands';
import { type DemoOutage, generateDemoPosts } from './generate';
import { demoOutages } from './scenarios';

const TICK_MS = 5_000;
const CHUNK_MS = 6 * 3_600_000;
const HISTORY_MS = 7 * 86_400_000;

export type DemoDeps = {
  store: Store;
  pipeline: Pipeline;
  clock: Clock;
  /** the brands changed (the demo's were created): rebuild the matchers everywhere */
  brandsChanged: () => Promise<void>;
  log: (line: string) => void;
};

/**
 * The embedded demo: creates the fictional brands, back-fills a week of history (or the gap since the
 * last run) and then keeps posting in real time, with a fresh outage two minutes after start-up.
 */
export async function startDemo(deps: DemoDeps): Promise<{ stop(): void }> {
  const { store, clock } = deps;
  const startedAt = clock.now();
  for (const b of DEMO_BRANDS) {
    if (!(await store.getBrand(b.id))) {
      await store.createBrand({
        id: b.id,
        name: b.name,
        keywords: b.keywords,
        officialHandles: b.officialHandles,
        createdAt: toIso(startedAt),
      });
    }
  }
  await store.setSetting('demo_brands', DEMO_BRANDS.map((b) => b.id).join(','));
  await deps.brandsChanged();

  const epoch = Number((await store.getSetting('demo_epoch')) ?? startedAt);
  await store.setSetting('demo_epoch', String(epoch));
  const outages: DemoOutage[] = demoOutages(epoch, startedAt);
  const seededTo = parseInstant((await store.getSetting('demo_seeded_to')) ?? '') ?? startedAt - HISTORY_MS;
  const backfillFrom = Math.max(seededTo, startedAt - HISTORY_MS);
  let total = 0;
  for (let from = backfillFrom; from < startedAt; from += CHUNK_MS) {
    total += await emit(deps, outages, from, Math.min(from + CHUNK_MS, startedAt));
  }
  await store.setSetting('demo_seeded_to', toIso(startedAt));
  if (total > 0) deps.log(`Demo feed: back-filled ${total} posts since ${toIso(backfillFrom)}`);

  let last = startedAt;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    const now = clock.now();
    emit(deps, outages, last, now)
      .then(() => store.setSetting('demo_seeded_to', toIso(now)))
      .then(() => {
        last = now;
      })
      .catch((err) => deps.log(`Demo feed tick failed: ${(err as Error).message}`))
      .finally(() => {
        busy = false;
      });
  }, TICK_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Ingest every demo post created in [from, to). */
async function emit(deps: DemoDeps, outages: DemoOutage[], from: number, to: number): Promise<number> {
  const posts = DEMO_BRANDS.flatMap((b) => generateDemoPosts(b, outages, from - 60_000, to)).filter((p) => {
    const t = Date.parse(String(p.createdAt));
    return t >= from && t < to;
  });
  if (posts.length === 0) return 0;
  const result = await deps.pipeline.ingest(posts);
  return result.accepted;
}
