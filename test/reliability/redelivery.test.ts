import { afterEach, describe, expect, it } from 'vitest';
import { IngestResultSchema } from '../../shared/post';
import { TOKEN } from '../helpers/app';
import { call } from '../helpers/http';
import { ACME, acmePosts, countsViaApi, ingest, seeded, shuffle, twoInstances } from './instances';
import { KINDS } from './targets';

const POSTS = 3_000;
const CLIENTS = 8;
const BATCH = 500;

describe.each(KINDS)('%s: re-delivery and deletes under concurrency', (kind) => {
  let cluster: Awaited<ReturnType<typeof twoInstances>> | undefined;
  afterEach(async () => {
    await cluster?.close();
    cluster = undefined;
  });

  it(`${CLIENTS} clients sending the same ${POSTS} posts in different orders all succeed; each post is stored once`, async () => {
    cluster = await twoInstances(kind);
    const { sends } = cluster;
    const [a, b] = sends;
    if (!a || !b) throw new Error('two instances expected');
    expect((await call(a, 'POST', '/api/v1/brands', { token: TOKEN, json: ACME })).status).toBe(201);
    for (const s of sends) await call(s, 'GET', '/api/v1/brands');
    await cluster.apps[1]?.pipeline.refreshBrands();
    const posts = acmePosts(POSTS, 'redeliver');

    const outcomes = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const mine = shuffle(posts, seeded(c + 1));
        const send = c % 2 ? b : a;
        const results = [];
        for (let i = 0; i < mine.length; i += BATCH) {
          const res = await ingest(send, mine.slice(i, i + BATCH));
          results.push({
            status: res.status,
            body: res.status === 200 ? IngestResultSchema.parse(res.body) : res.text,
          });
        }
        return results;
      }),
    );
    const all = outcomes.flat();
    expect(all.filter((r) => r.status !== 200)).toEqual([]);
    const accepted = all.reduce((s, r) => s + (typeof r.body === 'string' ? 0 : r.body.accepted), 0);
    const duplicates = all.reduce((s, r) => s + (typeof r.body === 'string' ? 0 : r.body.duplicates), 0);
    expect(accepted).toBe(POSTS);
    expect(duplicates).toBe(POSTS * (CLIENTS - 1));
    expect(await cluster.apps[0]?.store.countPosts()).toBe(POSTS);
    expect(await countsViaApi(b, 'acme')).toEqual({ listed: POSTS, series: POSTS });
  });

  it('a brand deleted during ingest keeps no orphans; re-created with its id it starts empty and stays consistent', async () => {
    cluster = await twoInstances(kind);
    const [a, b] = cluster.sends;
    if (!a || !b) throw new Error('two instances expected');
    expect((await call(a, 'POST', '/api/v1/brands', { token: TOKEN, json: ACME })).status).toBe(201);
    await cluster.apps[1]?.pipeline.refreshBrands();
    const posts = acmePosts(2_000, 'doomed');
    const batches = Array.from({ length: 20 }, (_, i) => posts.slice(i * 100, i * 100 + 100));
    // Instance a keeps sending (its brand list goes stale: nobody tells it of the delete) while b deletes
    // the brand after a's third batch, so rows are stored before, during and after the delete.
    let sentByA = 0;
    let markDeleted: () => void = () => {};
    const third = new Promise<void>((resolve) => {
      markDeleted = resolve;
    });
    const senderA = (async () => {
      const out = [];
      for (const batch of batches.slice(0, 10)) {
        out.push(await ingest(a, batch));
        if (++sentByA === 3) markDeleted();
      }
      return out;
    })();
    const senderB = Promise.all(batches.slice(10).map((batch) => ingest(b, batch)));
    const deleted = third.then(() => call(b, 'DELETE', '/api/v1/brands/acme', { token: TOKEN }));
    const [fromA, fromB, del] = await Promise.all([senderA, senderB, deleted]);
    const results = [...fromA, ...fromB];
    expect(del.status).toBe(204);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);

    expect((await call(b, 'POST', '/api/v1/brands', { token: TOKEN, json: ACME })).status).toBe(201);
    expect(await countsViaApi(a, 'acme')).toEqual({ listed: 0, series: 0 });
    expect(await countsViaApi(b, 'acme')).toEqual({ listed: 0, series: 0 });
    const store = cluster.apps[0]?.store;
    const now = Date.now();
    expect(
      await store?.rollups({
        brand: 'acme',
        from: now - 86_400_000,
        to: now + 3_600_000,
        bucketMs: 3_600_000,
      }),
    ).toEqual([]);

    for (const app of cluster.apps) await app.pipeline.refreshBrands();
    expect((await ingest(a, acmePosts(120, 'reborn'))).status).toBe(200);
    expect(await countsViaApi(b, 'acme')).toEqual({ listed: 120, series: 120 });
  });
});
