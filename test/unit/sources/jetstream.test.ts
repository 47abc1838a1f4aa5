import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PostInputSchema } from '../../../shared/post';
import { createJetstreamAdapter, subscribeUrl } from '../../../server/feeds/sources/jetstream';
import { keywordMatcher } from '../../../server/feeds/sources/keywords';
import { createSafeWsFactory } from '../../../server/feeds/sources/ws';
import { ManualClock } from '../../helpers/feed-clock';
import { NOW, source, streamContext } from '../../helpers/feed-context';
import type { StreamHarness } from '../../helpers/feed-context';
import { fixtureText } from '../../helpers/feed-servers';
import { startWsServer } from '../../helpers/feed-ws-server';
import type { FeedWsServer } from '../../helpers/feed-ws-server';

let ws: FeedWsServer;
beforeAll(async () => {
  ws = await startWsServer();
});
afterAll(() => ws.close());

const events = fixtureText('jetstream-events.jsonl').trim().split('\n');
const timeUs = (line: string | undefined) => (JSON.parse(line ?? '{}') as { time_us: number }).time_us;
const acme = keywordMatcher('acme bank');
let running: Array<{ h: StreamHarness; done: Promise<void> }> = [];

function start(opts: { cursor?: Record<string, number>; failEmit?: () => boolean } = {}) {
  const config = source({ kind: 'jetstream', url: ws.url, brand: 'acme-bank' });
  const adapter = createJetstreamAdapter({ flushIntervalMs: 1_000, maxBatch: 100 })(config);
  const clock = new ManualClock(NOW);
  const h = streamContext(config, { ...opts, clock, matches: acme });
  const done = adapter.stream(h.ctx);
  done.catch(() => undefined);
  running.push({ h, done });
  return { h, done, clock };
}
afterEach(async () => {
  for (const r of running) r.h.abort.abort();
  await Promise.allSettled(running.map((r) => r.done));
  running = [];
});

describe('Jetstream', () => {
  it('subscribes to post commits and keeps only posts that mention a watched brand', async () => {
    const { h, clock } = start();
    const conn = await ws.connection(ws.connections.length);
    expect(conn.url.searchParams.getAll('wantedCollections')).toEqual(['app.bsky.feed.post']);
    expect(conn.url.searchParams.has('cursor')).toBe(false);
    for (const e of events) await conn.send(e);
    await conn.sync();
    expect(h.batches.length).toBe(0); // nothing is handed over before the flush interval
    clock.advance(1_000);
    const batch = await h.batches.waitFor(() => true);
    expect(h.opens()).toBe(1);
    for (const p of batch.posts) expect(PostInputSchema.safeParse(p).success).toBe(true);
    expect(batch.posts.map((p) => p.text)).toEqual([
      "Acme Bank app is down again, can't log in",
      '@someone same, acme bank keeps timing out',
      'Quoting this: Acme Bank says it is fixed',
      'ACME BANK transfer stuck for 2 hours',
    ]);
    const [first, reply, quote] = batch.posts;
    expect(first).toEqual({
      id: 'at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2a',
      source: 'bluesky',
      author: 'did:plc:eygmaihciaxprqvxpfvl6flk',
      text: "Acme Bank app is down again, can't log in",
      createdAt: '2026-03-02T08:00:00.000Z',
      url: 'https://bsky.app/profile/did:plc:eygmaihciaxprqvxpfvl6flk/post/3l3qo2vuowo2a',
      lang: 'en',
      brand: 'acme-bank',
    });
    expect(reply).toMatchObject({ lang: 'en-GB', replyTo: first?.id });
    expect(quote?.replyTo).toBe(first?.id);
    expect(quote?.lang).toBeUndefined();
    expect(batch.cursor).toEqual({ timeUs: timeUs(events.at(-1)) });
  });

  it('resumes from the saved cursor, rewound a little for gapless playback', async () => {
    start({ cursor: { timeUs: 1_772_438_405_000_123 } });
    const conn = await ws.connection(ws.connections.length);
    expect(conn.url.searchParams.get('cursor')).toBe(String(1_772_438_405_000_123 - 2_000_000));
    expect(subscribeUrl('wss://js.example/subscribe?wantedCollections=app.bsky.feed.post', null, 0)).toBe(
      'wss://js.example/subscribe?wantedCollections=app.bsky.feed.post',
    );
  });

  it('hands over what arrived before a drop, with its cursor, then rejects', async () => {
    const { h, done } = start();
    const conn = await ws.connection(ws.connections.length);
    for (const e of events.slice(0, 4)) await conn.send(e);
    await conn.sync();
    conn.drop();
    await expect(done).rejects.toThrow(/closed|ECONNRESET|socket hang up/);
    const batch = h.batches.items[0];
    expect(batch?.posts.map((p) => p.id)).toHaveLength(2);
    expect(batch?.cursor).toEqual({ timeUs: timeUs(events[3]) });
  });

  it('ends cleanly on a normal close and skips garbage messages without dying', async () => {
    const { h, done } = start();
    const conn = await ws.connection(ws.connections.length);
    await conn.send('{not json');
    await conn.send({ hello: 'world' });
    await conn.send(events[0]);
    await conn.sync();
    conn.socket.close(1000, 'bye');
    await expect(done).resolves.toBeUndefined();
    expect(h.batches.items[0]?.posts).toHaveLength(1);
    expect(h.batches.items[0]?.skipped?.map((s) => s.reason)).toEqual([
      'message is not JSON',
      'message is not a Jetstream event',
    ]);
  });

  it('closes the socket and rejects when ingest fails, without advancing the cursor', async () => {
    const { h, done, clock } = start({ failEmit: () => true });
    const conn = await ws.connection(ws.connections.length);
    await conn.send(events[0]);
    await conn.sync();
    clock.advance(1_000);
    await expect(done).rejects.toThrow(/ingest is down/);
    expect(h.batches.length).toBe(0);
  });

  it('flushes early when a batch is full', async () => {
    const config = source({ kind: 'jetstream', url: ws.url, query: 'acme bank' });
    const adapter = createJetstreamAdapter({ flushIntervalMs: 60_000, maxBatch: 2 })(config);
    const h = streamContext(config, { matches: acme });
    const done = adapter.stream(h.ctx);
    running.push({ h, done });
    const conn = await ws.connection(ws.connections.length);
    for (const e of events) await conn.send(e);
    const batch = await h.batches.waitFor((b) => b.posts.length > 0);
    expect(batch.posts).toHaveLength(2);
  });
});

describe('WebSocket address policy', () => {
  it('refuses loopback unless allowed, and checks what a host name resolves to', async () => {
    const strict = createSafeWsFactory({ policy: { allowPrivate: false, allowLoopback: false } });
    expect(() => strict(ws.url)).toThrow(/loopback/);
    const port = new URL(ws.url).port;
    const sneaky = createSafeWsFactory({
      policy: { allowPrivate: true, allowLoopback: true },
      resolve: async () => [{ address: '169.254.169.254', family: 4 }],
    });
    const socket = sneaky(`ws://jetstream.test:${port}/subscribe`);
    const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
    expect(error.message).toMatch(/169.254.169.254/);
    expect(() => strict('https://jetstream.example/subscribe')).toThrow(/not allowed/);
  });
});
