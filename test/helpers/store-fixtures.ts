import { expect } from 'vitest';
import type { NewPost, PostQuery, RollupRow, Store } from '../../server/store/types';
import type { Brand } from '../../shared/brand';
import type { Score } from '../../shared/score';

/** 2026-03-02T12:00:00Z, a whole hour. */
export const T0 = Date.parse('2026-03-02T12:00:00.000Z');

export const score = (over: Partial<Score> = {}): Score => ({
  sentiment: 0,
  label: 'neutral',
  complaint: false,
  complaintScore: 0,
  categories: [],
  harm: false,
  lang: 'en',
  scored: true,
  why: [],
  ...over,
});

export const newPost = (over: Partial<NewPost> & { id: string }): NewPost => ({
  source: 'test',
  author: 'someone',
  text: `post ${over.id}`,
  createdAt: T0,
  receivedAt: T0 + 1000,
  url: null,
  lang: null,
  replyTo: null,
  shares: null,
  brands: ['acme'],
  officialFor: [],
  ...over,
  score: over.score ?? score(),
});

/** Texts chosen so an unescaped LIKE (`%`, `_`) or a case-sensitive match would return the wrong posts. */
export const TEXTS = [
  'Login OUTAGE again',
  'login outage, cannot sign in',
  'app is 100% down',
  'over 100 users affected',
  'error code a_b',
  'error code axb',
  'all good here',
  'payments failing at checkout',
] as const;
const CATEGORIES = ['login', 'app', 'customer_service', 'payments'];
const BRAND_SETS = [['acme'], ['globex'], ['acme', 'globex'], []];

/** Deterministic pseudo-random generator (mulberry32), so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` varied posts over two hours from T0; times are whole 10 s steps so several posts share a time. */
export function corpus(n: number, seed = 1): NewPost[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const brands = pick(BRAND_SETS);
    const sentiment = Math.round((r() * 2 - 1) * 100) / 100;
    const complaint = r() < 0.4;
    return newPost({
      id: `c${i}`,
      source: i % 3 === 0 ? 'rss' : 'mastodon',
      text: pick(TEXTS),
      createdAt: T0 + Math.floor(r() * 720) * 10_000,
      brands,
      officialFor: brands.filter(() => r() < 0.15),
      shares: i % 4 === 0 ? null : i,
      score: score({
        sentiment,
        label: sentiment < -0.2 ? 'negative' : sentiment > 0.2 ? 'positive' : 'neutral',
        complaint,
        complaintScore: complaint ? 0.8 : 0.1,
        categories: CATEGORIES.filter(() => r() < 0.3),
        harm: r() < 0.1,
      }),
    });
  });
}

const likeMatch = (text: string, q: string): boolean => text.toLowerCase().includes(q.toLowerCase());

/** The oracle: ids in listing order (newest first, later insert first on a tie) for a query. */
export function expectedIds(posts: readonly NewPost[], q: Omit<PostQuery, 'limit' | 'cursor'>): string[] {
  return posts
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => {
      const s = p.score;
      if (q.brand !== undefined && !p.brands.includes(q.brand)) return false;
      if (q.from !== undefined && p.createdAt < q.from) return false;
      if (q.to !== undefined && p.createdAt >= q.to) return false;
      if (q.complaint !== undefined && s.complaint !== q.complaint) return false;
      if (q.harm !== undefined && s.harm !== q.harm) return false;
      if (q.official !== undefined && p.officialFor.length > 0 !== q.official) return false;
      if (q.label !== undefined && s.label !== q.label) return false;
      if (q.category !== undefined && !s.categories.includes(q.category)) return false;
      return q.q === undefined || likeMatch(p.text, q.q);
    })
    .sort((a, b) => b.p.createdAt - a.p.createdAt || b.i - a.i)
    .map(({ p }) => `${p.source}/${p.id}`);
}

/** The oracle for rollups: buckets of `bucketMs` over [from, to), built from the posts themselves. */
export function expectedRollups(
  posts: readonly NewPost[],
  q: { brand: string; from: number; to: number; bucketMs: number },
): RollupRow[] {
  const byT = new Map<number, RollupRow>();
  for (const p of posts) {
    const minute = Math.floor(p.createdAt / 60_000) * 60_000;
    if (!p.brands.includes(q.brand) || minute < q.from || minute >= q.to) continue;
    const t = Math.floor(minute / q.bucketMs) * q.bucketMs;
    const row = byT.get(t) ?? {
      t,
      posts: 0,
      complaints: 0,
      negatives: 0,
      sentimentSum: 0,
      official: 0,
      harm: 0,
      categories: {},
    };
    const s = p.score;
    row.posts++;
    row.complaints += s.complaint ? 1 : 0;
    row.negatives += s.label === 'negative' ? 1 : 0;
    row.sentimentSum += s.sentiment;
    row.official += p.officialFor.includes(q.brand) ? 1 : 0;
    row.harm += s.harm ? 1 : 0;
    if (s.complaint) for (const c of s.categories) row.categories[c] = (row.categories[c] ?? 0) + 1;
    byT.set(t, row);
  }
  return [...byT.values()].sort((a, b) => a.t - b.t);
}

/** Sentiment sums are floats added in a backend-specific order: compare them to 6 decimals. */
export const roundSums = (rows: RollupRow[]): RollupRow[] =>
  rows.map((r) => ({ ...r, sentimentSum: Math.round(r.sentimentSum * 1e6) / 1e6 + 0 }));

export const brand = (id: string, name = id.toUpperCase()): Brand => ({
  id,
  name,
  keywords: [id],
  officialHandles: [`@${id}`],
  createdAt: '2026-03-01T00:00:00.000Z',
});

/** Posts link only to brands that exist: create the ones the fixtures name. */
export async function seedBrands(store: Store, ids: readonly string[] = ['acme', 'globex']): Promise<void> {
  for (const id of ids) await store.createBrand(brand(id));
}

export const idsOf = (posts: readonly { source: string; id: string }[]): string[] =>
  posts.map((p) => `${p.source}/${p.id}`);

/** Follows nextCursor to the end, checking every page respects the limit. */
export async function listAll(
  store: Store,
  q: Omit<PostQuery, 'limit' | 'cursor'>,
  limit: number,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await store.listPosts({ ...q, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...idsOf(page.items));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}
