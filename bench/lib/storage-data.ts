// Demo-like posts for the storage benchmarks (bench/ingest.ts, bench/queries.ts): the demo generator's
// three brands, their volume scaled up, with the demo's scenario outages placed in the window.

import type { Brand } from '../../shared/brand';
import type { PostInputRaw } from '../../shared/post';
import { toIso } from '../../shared/time';
import { DEMO_BRANDS, type DemoBrand } from '../../server/demo/brands';
import { generateDemoPosts } from '../../server/demo/generate';
import { demoOutages } from '../../server/demo/scenarios';
import { createBrandMatcher } from '../../server/ingest/match';
import type { ScoreFn } from '../../server/ingest/pipeline';
import type { NewPost, Store } from '../../server/store/types';

export const DAY_MS = 86_400_000;
/** A fixed end of the data window (a Sunday at midnight UTC), so every run sees the same posts. */
export const DATA_END = Date.UTC(2025, 5, 1);

/** The demo brands with `scale` times their organic volume (×7 gives ~35,000 posts a day). */
export const benchBrands = (scale: number): DemoBrand[] =>
  DEMO_BRANDS.map((b) => ({ ...b, volume: b.volume * scale }));

export const brandRecords = (brands: readonly DemoBrand[]): Brand[] =>
  brands.map((b) => ({
    id: b.id,
    name: b.name,
    keywords: b.keywords,
    officialHandles: b.officialHandles,
    createdAt: toIso(0),
  }));

export async function createBrands(store: Store, brands: readonly DemoBrand[]): Promise<void> {
  for (const b of brandRecords(brands)) await store.createBrand(b);
}

/** One day of posts of every brand, in time order (as a live feed would deliver them). */
export function demoDay(brands: readonly DemoBrand[], dayStart: number): PostInputRaw[] {
  const outages = demoOutages(DATA_END, DATA_END - 60_000);
  const posts: { t: number; p: PostInputRaw }[] = [];
  for (const b of brands) {
    for (const p of generateDemoPosts(b, outages, dayStart, dayStart + DAY_MS)) {
      posts.push({ t: Date.parse(String(p.createdAt)), p });
    }
  }
  posts.sort((a, b) => a.t - b.t);
  return posts.map((x) => x.p);
}

/** The posts of the `days` days before DATA_END. */
export function demoPosts(brands: readonly DemoBrand[], days: number): PostInputRaw[] {
  const out: PostInputRaw[] = [];
  for (let d = days; d > 0; d--) for (const p of demoDay(brands, DATA_END - d * DAY_MS)) out.push(p);
  return out;
}

/**
 * Turns generated posts into store-ready posts the way the pipeline does (brand match, mask, score,
 * official posts are not complaints) without its validation. Scores are memoised by text: the demo
 * repeats its phrase banks, so a million posts need only a few tens of thousands of scorer calls.
 */
export function createPreScorer(brands: readonly DemoBrand[], score: ScoreFn, receivedAt: number) {
  const matcher = createBrandMatcher(brandRecords(brands));
  const memo = new Map<string, ReturnType<ScoreFn>>();
  return (p: PostInputRaw): NewPost | null => {
    const createdAt = Date.parse(String(p.createdAt));
    const m = matcher.match(p);
    if ('error' in m) return null;
    const masked = matcher.mask(p.text);
    const key = `${p.lang ?? ''}\u0000${masked}`;
    let s = memo.get(key);
    if (!s) {
      s = score(masked, p.lang);
      memo.set(key, s);
    }
    const official = m.officialFor.length > 0;
    return {
      source: p.source,
      id: String(p.id),
      author: p.author,
      text: p.text,
      createdAt,
      receivedAt,
      url: null,
      lang: p.lang ?? null,
      replyTo: null,
      shares: null,
      brands: m.brands,
      officialFor: m.officialFor,
      score: official && s.complaint ? { ...s, complaint: false } : s,
    };
  };
}
