import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '../../../server/feeds/runner-policy';
import { defaultAdapters } from '../../../server/feeds/sources/index';
import type { SourceConfigInput } from '../../../shared/source';
import { source } from '../../helpers/feed-context';
import { conditional, fixture, fixtureText, startFeedServer } from '../../helpers/feed-servers';
import type { FeedServer } from '../../helpers/feed-servers';
import { until } from '../../helpers/feed-events';
import { runnerHarness } from '../../helpers/feed-runner';
import type { RunnerHarness } from '../../helpers/feed-runner';

let server: FeedServer;
let h: RunnerHarness;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(async () => {
  await h?.runner.stop();
});

const news = fixtureText('rss2-news.xml');
const extraItem = `<item><title>Acme Bank: all fixed</title><link>https://news.example.com/fixed/</link><guid>fixed-1</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate><description>ok</description></item>`;
const withExtra = news.replace('<item>', `${extraItem}<item>`);
const feed = (id: string, path: string, extra: Partial<SourceConfigInput> = {}) =>
  source({ id, kind: 'rss', url: server.url(path), ...extra });
const backoff = (n: number) => backoffDelay(n, DEFAULT_BACKOFF, () => 0.5);

describe('source runner: polling', () => {
  it('polls on its interval and hands each post over exactly once', async () => {
    server.route('/dedupe.xml', [{ body: news }, { body: news }, { body: withExtra }]);
    h = runnerHarness();
    h.runner.upsert(feed('news', '/dedupe.xml', { pollIntervalSec: 300 }));
    expect(await h.nextHealth('news')).toMatchObject({
      state: 'ok',
      postsLastHour: 3,
      consecutiveFailures: 0,
    });
    expect(h.clock.delays()).toEqual([300_000]);
    h.clock.fireNext();
    await h.nextHealth('news');
    expect(h.ingested.length).toBe(1); // the unchanged feed brought nothing new
    h.clock.fireNext();
    expect(await h.nextHealth('news')).toMatchObject({ state: 'ok', postsLastHour: 4, lagSec: 0 });
    expect(h.idsOf('news')).toEqual([
      'https://news.example.com/?p=48213',
      'https://news.example.com/2026/03/01/globex-payments-restored/',
      expect.stringMatching(/^h:/),
      'fixed-1',
    ]);
    expect(server.hits('/dedupe.xml')).toHaveLength(3);
  });

  it('backs off exponentially while failing, reports it, and recovers by itself', async () => {
    server.route('/flaky.xml', [
      { status: 500 },
      { status: 502 },
      { status: 500 },
      { body: '<rss><chan' },
      { body: news },
    ]);
    h = runnerHarness();
    h.runner.upsert(feed('flaky', '/flaky.xml'));
    const states: string[] = [];
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const health = await h.nextHealth('flaky');
      states.push(health.state);
      delays.push(h.clock.fireNext());
    }
    expect(states).toEqual(['degraded', 'degraded', 'failing', 'failing']);
    expect(delays).toEqual([backoff(1), backoff(2), backoff(3), backoff(4)]);
    expect(delays).toEqual([1_500, 3_000, 6_000, 12_000]);
    const recovered = await h.nextHealth('flaky');
    expect(recovered).toMatchObject({ state: 'ok', consecutiveFailures: 0, postsLastHour: 3 });
    expect(recovered.lastError).toMatch(/not well-formed/);
    expect(recovered.lastSuccessAt).not.toBeNull();
  });

  it('honours 429 Retry-After instead of its own backoff', async () => {
    server.route('/limited.xml', [{ status: 429, headers: { 'retry-after': '120' } }, { body: news }]);
    h = runnerHarness();
    h.runner.upsert(feed('limited', '/limited.xml'));
    const health = await h.nextHealth('limited');
    expect(health).toMatchObject({ state: 'degraded', lastError: expect.stringMatching(/rate limited/) });
    expect(h.clock.delays()).toEqual([120_000]);
    expect(health.nextAttemptAt).toBe(new Date(h.clock.now() + 120_000).toISOString());
    h.clock.fireNext();
    expect(await h.nextHealth('limited')).toMatchObject({ state: 'ok' });
  });

  it('keeps other sources running while one hangs until its timeout', async () => {
    server.route('/hang.xml', { hang: true });
    server.route('/fine.xml', { body: news });
    h = runnerHarness();
    h.runner.upsert(feed('stuck', '/hang.xml'));
    h.runner.upsert(feed('fine', '/fine.xml'));
    const fine = await h.nextHealth('fine');
    expect(fine.state).toBe('ok');
    expect(h.health.items.some((e) => e.sourceId === 'stuck')).toBe(false);
    const stuck = await h.nextHealth('stuck');
    expect(stuck).toMatchObject({ state: 'degraded', lastError: expect.stringMatching(/timed out/) });
    expect(h.idsOf('fine')).toHaveLength(3);
  });

  it('does not lose posts when ingest fails: nothing is marked seen and the batch is retried', async () => {
    server.route('/ingest.xml', { body: news });
    h = runnerHarness();
    h.failIngest(1);
    h.runner.upsert(feed('ing', '/ingest.xml'));
    expect(await h.nextHealth('ing')).toMatchObject({ state: 'degraded', lastError: 'database is locked' });
    expect(h.states.has('ing')).toBe(false);
    h.clock.fireNext();
    expect(await h.nextHealth('ing')).toMatchObject({ state: 'ok' });
    expect(h.idsOf('ing')).toHaveLength(3);
  });

  it('persists ETag and seen ids, and uses them after a restart', async () => {
    server.route('/persist.xml', conditional(news, '"v1"', 'Mon, 02 Mar 2026 09:00:00 GMT'));
    h = runnerHarness();
    h.runner.upsert(feed('persist', '/persist.xml'));
    await h.nextHealth('persist');
    await h.runner.stop();
    expect(h.states.get('persist')?.cursor['feed.etag']).toBe('"v1"');
    expect(h.states.get('persist')?.seen).toHaveLength(3);

    const restarted = runnerHarness({}, h.states);
    h = restarted;
    h.runner.upsert(feed('persist', '/persist.xml'));
    expect(await h.nextHealth('persist')).toMatchObject({ state: 'ok' });
    expect(server.hits('/persist.xml').at(-1)?.headers['if-none-match']).toBe('"v1"');
    // Even a feed that ignores validators does not bring the same posts twice after a restart.
    server.route('/persist.xml', { body: news });
    h.clock.fireNext();
    await h.nextHealth('persist');
    expect(h.ingested.length).toBe(0);
  });

  it('starts, pauses, changes and removes sources at run time', async () => {
    server.route('/a.xml', conditional(news, '"a"', 'Mon, 02 Mar 2026 09:00:00 GMT'));
    server.route('/b.xml', { body: withExtra });
    h = runnerHarness();
    h.runner.upsert(feed('live', '/a.xml'));
    await h.nextHealth('live');
    h.runner.upsert(feed('live', '/a.xml', { enabled: false }));
    expect(await h.nextHealth('live')).toMatchObject({ state: 'paused', nextAttemptAt: null });
    expect(h.clock.size()).toBe(0);

    h.runner.upsert(feed('live', '/b.xml'));
    expect(await h.nextHealth('live')).toMatchObject({ state: 'ok' });
    expect(server.hits('/b.xml')[0]?.headers['if-none-match']).toBeUndefined(); // a new feed, a fresh cursor
    expect(h.idsOf('live')).toHaveLength(4); // only the new item

    expect(h.runner.pollNow('live')).toBe(true);
    await h.nextHealth('live');
    expect(server.hits('/b.xml')).toHaveLength(2);

    const before = server.hits('/b.xml').length;
    h.runner.upsert(feed('live', '/b.xml')); // the same config again: no restart, no extra poll
    await new Promise((r) => setImmediate(r));
    expect(server.hits('/b.xml')).toHaveLength(before);

    await h.runner.remove('live');
    expect(h.runner.ids()).toEqual([]);
    expect(h.clock.size()).toBe(0);
    expect(h.runner.health('live')).toBeNull();
  });

  it('waits for a rate-limit reset the adapter asks for', async () => {
    const reset = new Date(Date.parse('2026-03-02T10:30:00Z')).toISOString();
    server.route('/api/v1/timelines/tag/acme', {
      body: fixtureText('mastodon-tag-newer.json'),
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    h = runnerHarness();
    h.runner.upsert(
      source({ id: 'masto', kind: 'mastodon', url: server.origin, query: '#acme', pollIntervalSec: 60 }),
    );
    await h.nextHealth('masto');
    expect(h.clock.delays()).toEqual([Date.parse(reset) - h.clock.now()]);
  });

  it('bounds a poll that never returns with its own deadline', async () => {
    h = runnerHarness({
      pollTimeoutMs: 30_000,
      adapters: {
        ...defaultAdapters,
        rss: () => ({ kind: 'rss', mode: 'poll', poll: () => new Promise(() => undefined) }),
      },
    });
    h.runner.upsert(feed('never', '/never.xml'));
    await new Promise((r) => setImmediate(r));
    expect(h.clock.delays()).toEqual([30_000]);
    h.clock.advance(30_000);
    expect(await h.nextHealth('never')).toMatchObject({ lastError: 'poll took longer than 30000 ms' });
  });

  it('shows a status page indicator next to its posts', async () => {
    server.route('/api/v2/summary.json', { body: fixture('statuspage-summary-green.json') });
    server.route('/api/v2/incidents.json', { body: fixture('statuspage-incidents.json') });
    h = runnerHarness();
    h.runner.upsert(source({ id: 'status', kind: 'statuspage', url: server.origin, brand: 'acme-bank' }));
    expect(await h.nextHealth('status')).toMatchObject({
      state: 'ok',
      statusIndicator: 'none',
      statusDescription: 'All Systems Operational',
      postsLastHour: 5,
    });
  });
});

describe('source runner: callbacks', () => {
  it('keeps polling when the health callback throws', async () => {
    server.route('/sink.xml', [{ body: news }, { body: withExtra }]);
    h = runnerHarness({
      onHealth: () => {
        throw new Error('health table is locked');
      },
    });
    h.runner.upsert(feed('sink', '/sink.xml'));
    await h.ingested.waitFor(() => true);
    await until(() => h.clock.size() === 1, 'the next poll to be scheduled');
    h.clock.fireNext();
    await h.ingested.waitFor((b) => b.posts.some((p) => p.id === 'fixed-1'));
    expect(h.runner.health('sink')).toMatchObject({ state: 'ok', postsLastHour: 4 });
  });
});

describe('source runner: shutdown', () => {
  it('stop() ends in-flight work even when an adapter ignores its abort signal', async () => {
    h = runnerHarness({
      adapters: {
        ...defaultAdapters,
        rss: () => ({ kind: 'rss', mode: 'poll', poll: () => new Promise(() => undefined) }),
        jetstream: () => ({ kind: 'jetstream', mode: 'stream', stream: () => new Promise(() => undefined) }),
      },
    });
    h.runner.upsert(feed('deaf', '/deaf.xml'));
    h.runner.upsert(
      source({ id: 'deaf-stream', kind: 'jetstream', url: 'ws://127.0.0.1:9/subscribe', query: 'x' }),
    );
    await new Promise((r) => setImmediate(r));
    await h.runner.stop();
    expect(h.clock.size()).toBe(0);
    expect(() => h.runner.upsert(feed('late', '/late.xml'))).toThrow(/stopped/);
  });
});
