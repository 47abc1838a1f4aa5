import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { source } from '../../helpers/feed-context';
import { fixtureText, startFeedServer } from '../../helpers/feed-servers';
import type { FeedServer } from '../../helpers/feed-servers';
import { runnerHarness } from '../../helpers/feed-runner';
import type { RunnerHarness } from '../../helpers/feed-runner';
import { startWsServer } from '../../helpers/feed-ws-server';
import type { FeedWsServer } from '../../helpers/feed-ws-server';

let ws: FeedWsServer;
let http: FeedServer;
let h: RunnerHarness;
beforeAll(async () => {
  ws = await startWsServer();
  http = await startFeedServer();
});
afterAll(async () => {
  await ws.close();
  await http.close();
});
afterEach(async () => {
  await h?.runner.stop();
});

const events = fixtureText('jetstream-events.jsonl').trim().split('\n');
const timeUs = (i: number) => (JSON.parse(events[i] ?? '{}') as { time_us: number }).time_us;
const jet = (extra = {}) =>
  source({ id: 'bsky', kind: 'jetstream', url: ws.url, brand: 'acme-bank', ...extra });
/** The runner's brand predicate: here, "mentions Acme Bank". */
const matches = (text: string) => /acme bank/i.test(text);

describe('source runner: Jetstream', () => {
  it('survives a drop mid-stream: posts arrive once, the cursor resumes, health dips and recovers', async () => {
    h = runnerHarness({ matches });
    h.runner.upsert(jet());
    const first = await ws.connection(ws.connections.length);
    expect(await h.nextHealth('bsky')).toMatchObject({ state: 'ok', nextAttemptAt: null });
    for (const e of events.slice(0, 4)) await first.send(e);
    await first.sync();
    first.drop();

    const dropped = await h.nextHealth('bsky', (x) => x.consecutiveFailures > 0);
    expect(dropped).toMatchObject({ state: 'degraded', consecutiveFailures: 1 });
    expect(h.idsOf('bsky')).toHaveLength(2);
    expect(h.states.get('bsky')?.cursor).toEqual({ timeUs: timeUs(3) });
    expect(h.clock.delays()).toEqual([1_500]); // first-step backoff: the stream had been up

    const index = ws.connections.length;
    h.clock.fireNext();
    const second = await ws.connection(index);
    expect(second.url.searchParams.get('cursor')).toBe(String(timeUs(3) - 2_000_000));
    expect(await h.nextHealth('bsky')).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    // Jetstream replays from the rewound cursor: the overlap must not be ingested twice.
    for (const e of events.slice(0)) await second.send(e);
    await second.sync();
    h.clock.advance(1_000);
    await h.nextHealth('bsky', (x) => x.postsLastHour === 4);
    expect(h.idsOf('bsky')).toEqual([
      'at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2a',
      'at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/3l3qo2vuowo2d',
      'at://did:web:carol.example/app.bsky.feed.post/3l3qo2vuowo2g',
      'at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2i',
    ]);
    expect(h.states.get('bsky')?.cursor).toEqual({ timeUs: timeUs(8) });
    // Lag = how far behind real time the last processed event is (here: a replay of events from 08:00).
    expect(h.runner.health('bsky')).toMatchObject({
      state: 'ok',
      lagSec: Math.round((h.clock.now() - timeUs(8) / 1000) / 1000),
    });
  });

  it('resumes from the persisted cursor after a restart', async () => {
    h = runnerHarness(
      { matches },
      new Map([
        [
          'bsky',
          { key: JSON.stringify(['jetstream', ws.url, null]), cursor: { timeUs: timeUs(5) }, seen: [] },
        ],
      ]),
    );
    h.runner.upsert(jet());
    const conn = await ws.connection(ws.connections.length);
    expect(conn.url.searchParams.get('cursor')).toBe(String(timeUs(5) - 2_000_000));
  });

  it('counts repeated connection failures and reports failing, backing off further each time', async () => {
    h = runnerHarness({ matches });
    h.runner.upsert(jet({ url: 'ws://127.0.0.1:9/subscribe' })); // nothing listens on port 9
    const seen: Array<[string, number]> = [];
    for (let i = 0; i < 3; i++) {
      const health = await h.nextHealth('bsky');
      seen.push([health.state, h.clock.fireNext()]);
    }
    expect(seen).toEqual([
      ['degraded', 1_500],
      ['degraded', 3_000],
      ['failing', 6_000],
    ]);
  });

  it('stop() closes the socket and leaves no timers behind', async () => {
    h = runnerHarness({ matches });
    h.runner.upsert(jet());
    const conn = await ws.connection(ws.connections.length);
    await h.nextHealth('bsky');
    await conn.send(events[0]);
    await conn.sync();
    const closed = new Promise<number>((resolve) => conn.socket.once('close', (code) => resolve(code)));
    await h.runner.stop();
    await closed;
    expect(h.clock.size()).toBe(0);
    expect(h.ingested.length).toBe(0); // unflushed posts are not ingested during shutdown; the cursor was not saved either
    expect(h.states.has('bsky')).toBe(false);
  });
});

describe('source runner: Mastodon streaming', () => {
  it('reconnects a dropped SSE stream and catches up from the last id over REST', async () => {
    const newer = JSON.parse(fixtureText('mastodon-tag-newer.json')) as Array<{ id: string }>;
    const page1 = fixtureText('mastodon-tag-page1.json');
    http.route('/api/v1/timelines/tag/acmebank', (req) =>
      req.url.searchParams.get('min_id') ? { body: JSON.stringify(newer.slice(1)) } : { body: page1 },
    );
    http.route('/api/v1/streaming/hashtag', [
      { chunks: [{ data: `event: update\ndata: ${JSON.stringify(newer[0])}\n\n` }] }, // then the server hangs up
      { chunks: [{ data: ':thump\n\n' }], keepOpen: true },
    ]);
    h = runnerHarness();
    h.runner.upsert(
      source({
        id: 'masto',
        kind: 'mastodon',
        url: http.origin,
        query: '#acmebank',
        credentials: { accessToken: 'tok' },
      }),
    );
    await h.nextHealth('masto', (x) => x.consecutiveFailures === 1);
    expect(h.idsOf('masto')).toHaveLength(5);
    h.clock.fireNext();
    await h.nextHealth('masto', (x) => x.state === 'ok' && x.consecutiveFailures === 0);
    await h.runner.stop();
    const catchUps = http.hits('/api/v1/timelines/tag/acmebank');
    expect(catchUps.map((r) => r.url.searchParams.get('min_id'))).toEqual([null, newer[0]?.id]);
    expect(h.idsOf('masto')).toHaveLength(6);
    expect(new Set(h.idsOf('masto')).size).toBe(6);
  });
});
