import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BucketEventSchema, PostEventSchema } from '../../shared/events';
import { IngestResultSchema } from '../../shared/post';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Listening, type Send, call, expectError, listen, overHttp } from '../helpers/http';
import { NOW, iso, makePost, ndjson } from '../helpers/posts';
import { openSse } from '../helpers/sse';
import { waitFor } from '../helpers/wait';

// These run against a real HTTP server on 127.0.0.1: body limits depend on the Node adapter's streams.
let t: TestApp;
let server: Listening;
let send: Send;
beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND] });
  server = await listen(t.app);
  send = overHttp(server.url);
});
afterAll(async () => {
  await server.close();
  await t.close();
});

const MB5 = 5 * 1024 * 1024;

describe('POST /api/v1/posts over HTTP', () => {
  it('ingests NDJSON and the posts can be listed back', async () => {
    const items = [makePost({ text: 'Northwind over http 1' }), makePost({ text: 'Northwind over http 2' })];
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      body: ndjson(items),
      type: 'application/x-ndjson',
    });
    expect(res.status).toBe(200);
    expect(IngestResultSchema.parse(res.body)).toMatchObject({ received: 2, accepted: 2 });
    const list = await call(send, 'GET', '/api/v1/posts?q=over%20http');
    expect(list.status).toBe(200);
    expect((list.body as { items: { id: string }[] }).items.map((p) => p.id).sort()).toEqual(
      items.map((p) => String(p.id)).sort(),
    );
  });

  it('stores a post once when the same batch arrives on several connections at once', async () => {
    const p = makePost({ id: 'race' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [p] })),
    );
    const parsed = results.map((r) => IngestResultSchema.parse(r.body));
    expect(parsed.reduce((n, r) => n + r.accepted, 0)).toBe(1);
    expect(parsed.reduce((n, r) => n + r.duplicates, 0)).toBe(4);
  });

  it('answers 413 for more than 10,000 posts, storing none', async () => {
    const before = await t.store.countPosts();
    const items = Array.from({ length: 10_001 }, (_, i) => ({
      id: i,
      source: 's',
      author: 'a',
      text: '',
      createdAt: iso(NOW),
    }));
    const err = expectError(
      await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: items }),
      413,
      'payload_too_large',
    );
    expect(err.message).toMatch(/10000|10,000/);
    const nd = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      body: ndjson(items),
      type: 'application/x-ndjson',
    });
    expectError(nd, 413, 'payload_too_large');
    expect(await t.store.countPosts()).toBe(before);
  });

  it('accepts exactly 10,000 posts', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) =>
      makePost({ id: `bulk-${i}`, source: 'bulk', text: 'x' }),
    );
    const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: items });
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(IngestResultSchema.parse(res.body)).toMatchObject({ received: 10_000, accepted: 10_000 });
  });

  it('answers 413 for a body over 5 MB and accepts the same posts just under it', async () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      makePost({ id: `big-${i}`, source: 'big', text: `Northwind ${'z'.repeat(99_000)}` }),
    );
    const json = JSON.stringify(items);
    expect(json.length).toBeLessThan(MB5);
    const over = `${json}${' '.repeat(MB5 + 1 - json.length)}`;
    const tooBig = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, body: over });
    expectError(tooBig, 413, 'payload_too_large');
    // the unread body makes the connection unusable; a keep-alive client must not reuse it
    expect(tooBig.headers.get('connection')).toBe('close');
    const under = `${json}${' '.repeat(MB5 - json.length)}`;
    const ok = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, body: under });
    expect(ok.status, ok.text.slice(0, 300)).toBe(200);
    expect(IngestResultSchema.parse(ok.body)).toMatchObject({ accepted: 40 });
  });

  it('answers 413 for a chunked body over 5 MB (no Content-Length)', async () => {
    const { port } = new URL(server.url);
    // node:http without keep-alive, so the connection the server cuts short is not reused by later tests.
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: Number(port),
          path: '/api/v1/posts',
          method: 'POST',
          agent: false,
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        },
        (r) => {
          let body = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => {
            body += c;
          });
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const chunk = ' '.repeat(1024 * 1024);
      req.write('[');
      for (let i = 0; i < 6; i++) req.write(chunk);
      req.end(']');
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});

describe('GET /api/v1/stream', () => {
  it('sends hello, then a post and a bucket event for each ingested post', async () => {
    const sse = await openSse(`${server.url}/api/v1/stream`);
    try {
      expect(sse.status).toBe(200);
      expect(sse.contentType).toMatch(/^text\/event-stream/);
      const hello = await sse.next('hello');
      expect(JSON.parse(hello.data)).toEqual({ now: iso(NOW) });

      const p = makePost({ id: 'live-1', text: 'Northwind login broken [complaint]', minutesAgo: 3 });
      const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [p] });
      expect(res.status).toBe(200);

      const post = PostEventSchema.parse(JSON.parse((await sse.next('post')).data));
      expect(post).toEqual({
        type: 'post',
        source: 'test',
        id: 'live-1',
        brands: ['northwind'],
        complaint: true,
        official: false,
        createdAt: iso(NOW - 3 * 60_000),
      });
      const bucket = BucketEventSchema.parse(JSON.parse((await sse.next('bucket')).data));
      expect(bucket).toEqual({
        type: 'bucket',
        brand: 'northwind',
        t: iso(NOW - 3 * 60_000),
        posts: 1,
        complaints: 1,
      });
    } finally {
      sse.close();
    }
  });

  it('delivers to several clients and sends nothing for a duplicate', async () => {
    const a = await openSse(`${server.url}/api/v1/stream`);
    const b = await openSse(`${server.url}/api/v1/stream`);
    try {
      await Promise.all([a.next('hello'), b.next('hello')]);
      const p = makePost({ id: 'live-2' });
      await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [p] });
      const [ea, eb] = await Promise.all([a.next('post'), b.next('post')]);
      expect(JSON.parse(ea.data)).toMatchObject({ id: 'live-2' });
      expect(JSON.parse(eb.data)).toMatchObject({ id: 'live-2' });
      // the duplicate emits nothing; a later new post is the next event
      await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [p, makePost({ id: 'live-3' })] });
      expect(JSON.parse((await a.next('post')).data)).toMatchObject({ id: 'live-3' });
      expect(a.received().filter((e) => e.event === 'post')).toHaveLength(2);
    } finally {
      a.close();
      b.close();
    }
  });

  it('unsubscribes a client that disconnects', async () => {
    await waitFor(() => t.bus.listenerCount() === 0, 'earlier clients to be unsubscribed');
    const sse = await openSse(`${server.url}/api/v1/stream`);
    await sse.next('hello');
    expect(t.bus.listenerCount()).toBe(1);
    sse.close();
    // The server notices the closed socket asynchronously.
    await waitFor(() => t.bus.listenerCount() === 0, 'the closed client to be unsubscribed');
  });
});
