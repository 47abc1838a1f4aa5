import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StreamEvent } from '../../shared/events';
import { createBus } from '../../server/bus';
import { type Pipeline, createPipeline } from '../../server/ingest/pipeline';
import { openStore } from '../../server/store';
import type { NewPost, Store } from '../../server/store/types';
import { fixedClock } from '../helpers/app';
import { HOUR, MINUTE, NOW, iso, makePost } from '../helpers/posts';
import { stubScore } from '../helpers/scorer';

let store: Store;
let pipeline: Pipeline;
let events: StreamEvent[];
let onError: ReturnType<typeof vi.fn<(err: unknown) => void>>;
const score = vi.fn(stubScore);

beforeEach(async () => {
  store = await openStore({ db: ':memory:', databaseUrl: undefined });
  const bus = createBus();
  events = [];
  bus.subscribe((e) => events.push(e));
  onError = vi.fn<(err: unknown) => void>();
  score.mockClear();
  pipeline = createPipeline({ store, score, clock: fixedClock(NOW), bus, onError });
  for (const [id, kw] of [
    ['northwind', 'Northwind'],
    ['harbor', 'Harbor Pay'],
  ] as const) {
    await store.createBrand({ id, name: kw, keywords: [kw], officialHandles: [], createdAt: iso(NOW) });
  }
  await pipeline.refreshBrands();
});
afterEach(() => store.close());

describe('pipeline.ingest', () => {
  it('validates, matches, scores and stores; receivedAt is the clock', async () => {
    const r = await pipeline.ingest([makePost({ id: 'a', text: 'Northwind [complaint]', lang: 'de' })]);
    expect(r).toEqual({ received: 1, accepted: 1, duplicates: 0, unmatched: 0, rejected: [] });
    // the scorer sees brand mentions masked to one @-token
    expect(score).toHaveBeenCalledWith('@Northwind [complaint]', 'de');
    const [p] = (await store.listPosts({ limit: 10 })).items;
    expect(p).toMatchObject({
      id: 'a',
      brands: ['northwind'],
      receivedAt: iso(NOW),
      lang: 'de',
      score: { complaint: true },
    });
  });

  it("does not count a brand's own statement as a complaint, in the post or the rollups", async () => {
    await store.updateBrand('northwind', { officialHandles: ['@NorthwindHelp'] });
    await pipeline.refreshBrands();
    const r = await pipeline.ingest([
      makePost({ id: 'ours', author: 'NorthwindHelp', text: 'We know login is down [complaint]' }),
      makePost({ id: 'theirs', author: 'sam', text: 'Northwind login down [complaint]' }),
    ]);
    expect(r.accepted).toBe(2);
    const posts = (await store.listPosts({ limit: 10 })).items;
    expect(posts.find((p) => p.id === 'ours')).toMatchObject({ official: true, score: { complaint: false } });
    expect(posts.find((p) => p.id === 'theirs')).toMatchObject({
      official: false,
      score: { complaint: true },
    });
    const [bucket] = await store.rollups({
      brand: 'northwind',
      from: NOW - HOUR,
      to: NOW + HOUR,
      bucketMs: HOUR,
    });
    expect(bucket).toMatchObject({ posts: 2, complaints: 1, official: 1 });
  });

  it('a status-page update ingested as official for its brand is not a complaint either', async () => {
    const r = await pipeline.ingest(
      [
        makePost({
          id: 'sp',
          author: 'statuspage:status.northwind.test',
          text: 'Northwind login failing [complaint]',
        }),
      ],
      { officialFor: 'northwind' },
    );
    expect(r.accepted).toBe(1);
    const [p] = (await store.listPosts({ limit: 10 })).items;
    expect(p).toMatchObject({ official: true, score: { complaint: false } });
  });

  it('accepts a post exactly 24 hours ahead and rejects one a millisecond later', async () => {
    const r = await pipeline.ingest([
      makePost({ id: 'edge', createdAt: iso(NOW + 24 * HOUR) }),
      makePost({ id: 'late', createdAt: iso(NOW + 24 * HOUR + 1) }),
    ]);
    expect(r.accepted).toBe(1);
    expect(r.rejected).toEqual([
      { index: 1, reason: expect.stringContaining('24 hours'), path: 'createdAt' },
    ]);
  });

  it('reports line numbers and pre-rejected items in input order, never scoring them', async () => {
    const r = await pipeline.ingest([makePost(), undefined, { nope: 1 }, makePost()], {
      lines: [3, 5, 8, 13],
      preRejected: new Map([[1, 'not valid JSON: boom']]),
    });
    expect(r.accepted).toBe(2);
    expect(r.rejected).toEqual([
      { index: 1, line: 5, reason: 'not valid JSON: boom' },
      { index: 2, line: 8, reason: expect.any(String), path: expect.any(String) },
    ]);
    expect(score).toHaveBeenCalledTimes(2);
  });

  it('does not match a brand added to the store until refreshBrands', async () => {
    await store.createBrand({
      id: 'zeta',
      name: 'Zeta',
      keywords: ['Zeta'],
      officialHandles: [],
      createdAt: iso(NOW),
    });
    expect((await pipeline.ingest([makePost({ text: 'Zeta down' })])).unmatched).toBe(1);
    await pipeline.refreshBrands();
    expect((await pipeline.ingest([makePost({ text: 'Zeta down' })])).unmatched).toBe(0);
    expect(pipeline.matcher().brands.map((b) => b.id)).toContain('zeta');
  });
});

describe('pipeline events and hooks', () => {
  it('publishes a post event per new post and one bucket event per brand and minute', async () => {
    await pipeline.ingest([
      makePost({ id: '1', text: 'Northwind and Harbor Pay [complaint]', createdAt: iso(NOW - 90_000) }),
      makePost({ id: '2', text: 'Northwind', createdAt: iso(NOW - 61_000) }),
      makePost({ id: '3', text: 'Northwind [complaint]', createdAt: iso(NOW - 30_000) }),
    ]);
    expect(events.filter((e) => e.type === 'post').map((e) => e.type === 'post' && e.id)).toEqual([
      '1',
      '2',
      '3',
    ]);
    const buckets = events.filter((e) => e.type === 'bucket');
    expect(buckets).toEqual(
      expect.arrayContaining([
        { type: 'bucket', brand: 'northwind', t: iso(NOW - 2 * MINUTE), posts: 2, complaints: 1 },
        { type: 'bucket', brand: 'harbor', t: iso(NOW - 2 * MINUTE), posts: 1, complaints: 1 },
        { type: 'bucket', brand: 'northwind', t: iso(NOW - MINUTE), posts: 1, complaints: 1 },
      ]),
    );
    expect(buckets).toHaveLength(3);
  });

  it('caps post events for a bulk batch but announces every bucket', async () => {
    const posts = Array.from({ length: 250 }, (_, i) => makePost({ id: `b${i}`, minutesAgo: 1 + (i % 5) }));
    await pipeline.ingest(posts);
    expect(events.filter((e) => e.type === 'post')).toHaveLength(100);
    const total = events.reduce((n, e) => n + (e.type === 'bucket' ? e.posts : 0), 0);
    expect(total).toBe(250);
  });

  it('publishes nothing for duplicates; hooks see only new posts', async () => {
    const seen: NewPost[][] = [];
    pipeline.afterInsert((posts) => {
      seen.push(posts);
    });
    const p = makePost({ id: 'dup' });
    await pipeline.ingest([p]);
    events.length = 0;
    const r = await pipeline.ingest([p, makePost({ id: 'new' })]);
    expect(r).toMatchObject({ accepted: 1, duplicates: 1 });
    expect(events.filter((e) => e.type === 'post').map((e) => e.type === 'post' && e.id)).toEqual(['new']);
    expect(seen.map((batch) => batch.map((x) => x.id))).toEqual([['dup'], ['new']]);
  });

  it('a failing hook is reported to onError and does not fail the ingest', async () => {
    const boom = new Error('hook failed');
    pipeline.afterInsert(() => {
      throw boom;
    });
    const later = vi.fn();
    pipeline.afterInsert(later);
    const r = await pipeline.ingest([makePost()]);
    expect(r.accepted).toBe(1);
    expect(onError).toHaveBeenCalledWith(boom);
    expect(later).toHaveBeenCalledTimes(1);
    expect(await store.countPosts()).toBe(1);
  });
});
