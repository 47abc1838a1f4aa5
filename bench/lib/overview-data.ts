import { toIso } from '../../shared/time';
import { createBus } from '../../server/bus';
import { mulberry32, poisson } from '../../server/demo/random';
import { createIncidentEngine } from '../../server/incidents/engine';
import { defaultScoreFn } from '../../server/ingest/score-fn';
import { readSeries } from '../../server/read/series';
import type { NewPost, Store } from '../../server/store/types';

/**
 * Data for the overview benchmark: many brands with a month of posts each (a seeded daily cycle, one post
 * in five a complaint), and the incident engine run over it, as a server that has been up for the month.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export async function buildOverviewData(
  store: Store,
  opts: { brands: number; days: number; end: number; postsPerMinute: number },
  log: (line: string) => void,
): Promise<number> {
  const score = defaultScoreFn();
  const texts = ['the app will not load, still down', 'thanks for the quick reply', 'card declined again'];
  const scores = texts.map((t) => score(t, 'en'));
  const ids = Array.from({ length: opts.brands }, (_, i) => `brand-${String(i + 1).padStart(2, '0')}`);
  for (const id of ids)
    await store.createBrand({ id, name: id, keywords: [id], officialHandles: [], createdAt: toIso(0) });
  const from = opts.end - opts.days * DAY_MS;
  let total = 0;
  for (const [b, brand] of ids.entries()) {
    const rng = mulberry32(1000 + b);
    let batch: NewPost[] = [];
    for (let t = from; t < opts.end; t += MINUTE_MS) {
      const hour = (t % DAY_MS) / HOUR_MS;
      const mean = opts.postsPerMinute * (1 + 0.6 * Math.sin((2 * Math.PI * (hour - 9)) / 24));
      const n = poisson(rng, mean);
      for (let k = 0; k < n; k++) {
        const i = rng() < 0.2 ? 0 : 1 + Math.floor(rng() * 2);
        batch.push({
          source: 'bench',
          id: `${brand}-${t}-${k}`,
          author: `a${Math.floor(rng() * 5000)}`,
          text: texts[i] ?? '',
          createdAt: t + k,
          receivedAt: t + k,
          url: null,
          lang: 'en',
          replyTo: null,
          shares: null,
          brands: [brand],
          officialFor: [],
          score: scores[i] ?? scores[1] ?? score('', 'en'),
        });
      }
      if (batch.length >= 5000) {
        await store.insertPosts(batch);
        total += batch.length;
        batch = [];
      }
    }
    await store.insertPosts(batch);
    total += batch.length;
    if ((b + 1) % 10 === 0) log(`overview data: ${b + 1}/${ids.length} brands, ${total} posts`);
  }
  const engine = createIncidentEngine({
    store,
    bus: createBus(),
    clock: { now: () => opts.end },
    onError: (err) => {
      throw err;
    },
  });
  await engine.tick();
  log('overview data: engine has run every brand');
  return total;
}

/** The overview's expected hour as it was computed before: a 7-day series replay per brand per fetch. */
export async function expectedFromSeries(store: Store, now: number): Promise<(number | null)[]> {
  const brands = await store.listBrands();
  return Promise.all(
    brands.map(async (b) => {
      const series = await readSeries(
        store,
        { brand: b.id, from: now - HOUR_MS, to: now, bucket: '5m' },
        now,
      );
      const ready = series.points.filter((p) => p.expected !== null);
      return ready.length ? ready.reduce((s, p) => s + (p.expected ?? 0), 0) : null;
    }),
  );
}
