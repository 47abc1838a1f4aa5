import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PostQuery, type Store, StoreConflictError } from '../../server/store/types';
import { incidentContract } from '../helpers/incident-contract';
import { sourceContract } from '../helpers/source-contract';
import { STORE_FACTORIES, type StoreTarget } from '../helpers/store-targets';
import {
  T0,
  brand,
  corpus,
  expectedIds,
  expectedRollups,
  idsOf,
  listAll,
  newPost,
  roundSums,
  score,
  seedBrands,
} from '../helpers/store-fixtures';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A seeded Fisher-Yates shuffle: every instance sends the same posts in its own order. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe.each(STORE_FACTORIES)('$kind store contract', (factory) => {
  let target: StoreTarget;
  let store: Store;
  const extra: Store[] = [];
  const another = (t: StoreTarget = target): Store => {
    const s = t.open();
    extra.push(s);
    return s;
  };

  beforeEach(async () => {
    target = await factory.create();
    store = target.open();
    await store.migrate();
  });
  afterEach(async () => {
    for (const s of extra.splice(0)) await s.close();
    await store?.close();
    await target?.cleanup();
  });

  it('reports its kind and answers ping', async () => {
    expect(store.kind).toBe(factory.kind);
    expect(await store.ping()).toBe(true);
  });

  it('migrates idempotently, and a second instance sees the same data', async () => {
    await store.createBrand(brand('acme'));
    await store.insertPosts([newPost({ id: '1' })]);
    await store.migrate();
    const second = another();
    await second.migrate();
    expect(await second.countPosts()).toBe(1);
    expect((await second.listBrands()).map((b) => b.id)).toEqual(['acme']);
  });

  it('lets several instances migrate a fresh database at once', async () => {
    const fresh = await factory.create();
    try {
      const stores = [another(fresh), another(fresh), another(fresh)];
      await Promise.all(stores.map((s) => s.migrate()));
      await stores[0]?.setSetting('k', 'v');
      expect(await stores[2]?.getSetting('k')).toBe('v');
    } finally {
      for (const s of extra.splice(0)) await s.close();
      await fresh.cleanup();
    }
  });

  it('stores settings', async () => {
    expect(await store.getSetting('missing')).toBeNull();
    await store.setSetting('cursor', 'a');
    await store.setSetting('cursor', 'b');
    expect(await store.getSetting('cursor')).toBe('b');
  });

  it('creates, lists by name, updates and deletes brands; a duplicate id conflicts', async () => {
    await store.createBrand(brand('zeta', 'Alpha'));
    await store.createBrand(brand('a-b', 'Zulu'));
    await store.createBrand(brand('ab', 'Mike'));
    await expect(store.createBrand(brand('ab', 'Other'))).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store.listBrands()).map((b) => b.id)).toEqual(['zeta', 'ab', 'a-b']);
    expect(await store.getBrand('ab')).toEqual(brand('ab', 'Mike'));
    expect(await store.getBrand('nope')).toBeNull();

    const updated = await store.updateBrand('ab', { keywords: ['x', 'y'] });
    expect(updated).toEqual({ ...brand('ab', 'Mike'), keywords: ['x', 'y'] });
    expect(await store.getBrand('ab')).toEqual(updated);
    expect(await store.updateBrand('nope', { name: 'N' })).toBeNull();

    expect(await store.deleteBrand('ab')).toBe(true);
    expect(await store.deleteBrand('ab')).toBe(false);
    expect(await store.getBrand('ab')).toBeNull();
  });

  it('skips duplicates within one batch and across batches, counting only new posts', async () => {
    await seedBrands(store);
    const a = newPost({ id: 'a', score: score({ complaint: true }) });
    const b = newPost({ id: 'b' });
    const aAgain = newPost({ id: 'a', text: 'different', score: score({ complaint: false }) });
    const first = await store.insertPosts([a, b, aAgain]);
    expect(idsOf(first.inserted)).toEqual(['test/a', 'test/b']);
    expect(first.duplicates).toBe(1);

    const c = newPost({ id: 'c' });
    const otherSource = newPost({ id: 'b', source: 'rss' });
    const second = await store.insertPosts([b, c, otherSource]);
    expect(idsOf(second.inserted)).toEqual(['test/c', 'rss/b']);
    expect(second.duplicates).toBe(1);
    expect(await store.insertPosts([])).toEqual({ inserted: [], duplicates: 0 });

    expect(await store.countPosts()).toBe(4);
    const [row] = await store.rollups({ brand: 'acme', from: T0, to: T0 + HOUR, bucketMs: HOUR });
    expect(row).toMatchObject({ t: T0, posts: 4, complaints: 1 });
    expect((await store.listPosts({ q: 'different', limit: 10 })).items).toEqual([]);
  });

  it('returns a stored post exactly as given', async () => {
    await seedBrands(store);
    const full = newPost({
      id: 'full',
      author: '@ops',
      text: 'Ünïcode "quotes", {braces}, commas; NULL',
      createdAt: T0 + 1234,
      url: 'https://example.com/p/1',
      lang: 'pt-BR',
      replyTo: 'root',
      shares: 7,
      brands: ['globex', 'acme'],
      officialFor: ['globex'],
      score: score({ sentiment: -0.35, label: 'negative', complaint: true, complaintScore: 0.9 }),
    });
    full.score.why = [{ term: 'down', rule: 'complaint', weight: 0.5 }];
    await store.insertPosts([full, newPost({ id: 'bare', brands: [], createdAt: T0 })]);
    const [got, bare] = (await store.listPosts({ limit: 10 })).items;
    expect({ ...got, brands: [...(got?.brands ?? [])].sort() }).toEqual({
      source: 'test',
      id: 'full',
      author: '@ops',
      text: full.text,
      createdAt: iso(T0 + 1234),
      receivedAt: iso(T0 + 1000),
      url: 'https://example.com/p/1',
      lang: 'pt-BR',
      replyTo: 'root',
      shares: 7,
      brands: ['acme', 'globex'],
      official: true,
      score: full.score,
    });
    expect(bare).toMatchObject({
      id: 'bare',
      brands: [],
      official: false,
      url: null,
      lang: null,
      shares: null,
    });
  });

  it('sums the per-minute rollups into buckets matching the inserted posts', async () => {
    await seedBrands(store);
    const posts = corpus(300, 7);
    for (let i = 0; i < posts.length; i += 100) await store.insertPosts(posts.slice(i, i + 100));
    for (const b of ['acme', 'globex']) {
      for (const [from, to, bucketMs] of [
        [T0, T0 + 2 * HOUR, 60_000],
        [T0, T0 + 2 * HOUR, 300_000],
        [T0 - HOUR, T0 + 3 * HOUR, HOUR],
        [T0 + 15 * 60_000, T0 + 45 * 60_000, 900_000],
      ] as const) {
        const q = { brand: b, from, to, bucketMs };
        const expected = expectedRollups(posts, q);
        expect(expected.some((r) => Object.keys(r.categories).length > 0)).toBe(true);
        expect(roundSums(await store.rollups(q)), JSON.stringify(q)).toEqual(roundSums(expected));
      }
    }
    expect(await store.rollups({ brand: 'nobody', from: T0, to: T0 + HOUR, bucketMs: HOUR })).toEqual([]);
  });

  it('filters posts and pages through every match exactly once, newest first', async () => {
    await seedBrands(store);
    const posts = corpus(160, 3);
    await store.insertPosts(posts.slice(0, 90));
    await store.insertPosts(posts.slice(90));
    const filters: Omit<PostQuery, 'limit' | 'cursor'>[] = [
      {},
      { brand: 'acme' },
      { from: T0 + 20 * 60_000, to: T0 + 80 * 60_000 },
      { brand: 'globex', from: T0 + 30 * 60_000, complaint: true },
      { complaint: false },
      { official: true },
      { official: false, brand: 'acme' },
      { harm: true },
      { category: 'customer_service' },
      { label: 'negative' },
      { q: 'outage' },
      { q: 'OUTAGE' },
      { q: '100%' },
      { q: 'a_b' },
    ];
    for (const f of filters) {
      const expected = expectedIds(posts, f);
      expect(expected.length, JSON.stringify(f)).toBeGreaterThan(0);
      expect(await listAll(store, f, 7), JSON.stringify(f)).toEqual(expected);
    }
    expect(await listAll(store, {}, 500)).toEqual(expectedIds(posts, {}));
    expect(await listAll(store, { q: 'no such text' }, 5)).toEqual([]);
  });

  it('reports per-brand activity over a window and the latest post time', async () => {
    for (const id of ['acme', 'globex', 'idle']) await store.createBrand(brand(id));
    await store.insertPosts([
      newPost({ id: '1', createdAt: T0 + 60_000, score: score({ complaint: true, label: 'negative' }) }),
      newPost({ id: '2', createdAt: T0 + 120_000, brands: ['acme', 'globex'] }),
      newPost({ id: '3', createdAt: T0 + 2 * HOUR, brands: ['globex'] }),
    ]);
    expect(await store.brandActivity(T0, T0 + HOUR)).toEqual([
      { brand: 'acme', posts: 2, complaints: 1, negatives: 1, lastPostAt: T0 + 120_000 },
      { brand: 'globex', posts: 1, complaints: 0, negatives: 0, lastPostAt: T0 + 2 * HOUR },
      { brand: 'idle', posts: 0, complaints: 0, negatives: 0, lastPostAt: null },
    ]);
  });

  it('deletes a brand with its post links and rollups, leaving other brands intact', async () => {
    for (const id of ['acme', 'globex']) await store.createBrand(brand(id));
    const posts = corpus(60, 5);
    await store.insertPosts(posts);
    const globex = { brand: 'globex', from: T0, to: T0 + 2 * HOUR, bucketMs: HOUR };
    const before = await store.rollups(globex);
    await store.deleteBrand('acme');
    expect((await store.listPosts({ brand: 'acme', limit: 10 })).items).toEqual([]);
    expect(await store.rollups({ ...globex, brand: 'acme' })).toEqual([]);
    expect(await store.rollups(globex)).toEqual(before);
    await store.createBrand(brand('acme'));
    const none = { posts: 0, complaints: 0, negatives: 0, lastPostAt: null };
    expect(await store.brandActivity(T0, T0 + 2 * HOUR)).toContainEqual({ brand: 'acme', ...none });
  });

  it('stores the same posts sent by eight instances in eight orders once each, without errors', async () => {
    await seedBrands(store);
    const posts = corpus(600, 17);
    const instances = [store, ...Array.from({ length: 7 }, () => another())];
    const results = await Promise.all(
      instances.map(async (s, i) => {
        const mine = shuffled(posts, i + 1);
        let inserted = 0;
        for (let k = 0; k < mine.length; k += 200)
          inserted += (await s.insertPosts(mine.slice(k, k + 200))).inserted.length;
        return inserted;
      }),
    );
    expect(results.reduce((a, b) => a + b, 0)).toBe(600);
    expect(await store.countPosts()).toBe(600);
    const q = { brand: 'acme', from: T0, to: T0 + 2 * HOUR, bucketMs: 300_000 };
    expect(roundSums(await store.rollups(q))).toEqual(roundSums(expectedRollups(posts, q)));
  });

  it('links posts only to brands that exist, so a deleted brand keeps no links or rollups', async () => {
    await seedBrands(store, ['globex']);
    const [first] = (await store.insertPosts([newPost({ id: 'x', brands: ['acme', 'globex'] })])).inserted;
    expect(first?.brands).toEqual(['globex']);
    await store.createBrand(brand('acme'));
    const second = another();
    const posts = corpus(900, 23).filter((p) => p.brands.includes('acme'));
    const batches = Array.from({ length: 6 }, (_, i) => posts.slice(i * 50, i * 50 + 50));
    await Promise.all([
      ...batches.map((b, i) => (i % 2 ? second : store).insertPosts(b)),
      second.deleteBrand('acme'),
    ]);
    await store.createBrand(brand('acme'));
    const q = { brand: 'acme', from: T0 - HOUR, to: T0 + 3 * HOUR, bucketMs: HOUR };
    expect(await store.rollups(q)).toEqual([]);
    expect((await store.listPosts({ brand: 'acme', limit: 10 })).items).toEqual([]);
  });

  it('keeps counts exact when two instances insert overlapping batches at once', async () => {
    await seedBrands(store);
    const posts = corpus(400, 11);
    const second = another();
    const [r1, r2] = await Promise.all([
      store.insertPosts(posts.slice(0, 300)),
      second.insertPosts(posts.slice(100).reverse()),
    ]);
    expect(r1.inserted.length + r2.inserted.length).toBe(400);
    expect(r1.duplicates + r2.duplicates).toBe(200);
    expect(await store.countPosts()).toBe(400);
    const q = { brand: 'acme', from: T0, to: T0 + 2 * HOUR, bucketMs: 300_000 };
    expect(roundSums(await second.rollups(q))).toEqual(roundSums(expectedRollups(posts, q)));
  });
});

/** A contract over a fresh store per test, with `open` for a second instance on the same database. */
function describeContract(name: string, contract: (store: () => Store, open: () => Store) => void): void {
  describe.each(STORE_FACTORIES)(`$kind store contract: ${name}`, (factory) => {
    let target: StoreTarget;
    let store: Store;
    const extra: Store[] = [];

    beforeEach(async () => {
      target = await factory.create();
      store = target.open();
      await store.migrate();
    });
    afterEach(async () => {
      for (const s of extra.splice(0)) await s.close();
      await store?.close();
      await target?.cleanup();
    });

    contract(
      () => store,
      () => {
        const s = target.open();
        extra.push(s);
        return s;
      },
    );
  });
}

describeContract('incidents, monitors, webhooks', incidentContract);
describeContract('sources', sourceContract);
