import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type FeedServer, startFeedServer } from '../helpers/feed-servers';
import { type Send, call, inProcess, listen } from '../helpers/http';
import { incident } from '../helpers/incident-fixtures';
import { HOUR, NOW, makePost } from '../helpers/posts';
import { ACME, rss, sourcesServers, until } from '../helpers/sources-api';

let t: TestApp;
let send: Send;
beforeEach(async () => {
  t = await createTestApp({ brands: [NORTHWIND] });
  send = inProcess(t.app);
});
afterEach(() => t.close());

const scrape = async (s: Send = send): Promise<string> => {
  const res = await call(s, 'GET', '/metrics');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text;
};
/** The value of one sample line, e.g. value(text, 'outcry_sse_clients'); null when absent. */
const value = (text: string, sample: string): number | null => {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? null : Number(line.slice(sample.length + 1));
};

describe('GET /metrics', () => {
  it('counts posts ingested, duplicated and rejected by source, and times ingest and the store', async () => {
    const a = makePost({ id: 'a', source: 'mastodon:example.social', text: 'Northwind is down' });
    const b = makePost({ id: 'b', source: 'mastodon:example.social', text: 'Northwind app broken' });
    const bad = { ...makePost({ id: 'c', source: 'rss:status' }), createdAt: 'yesterday' };
    await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [a, b, bad] });
    await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [a] });
    const text = await scrape();
    const posts = (source: string, outcome: string) =>
      value(text, `outcry_posts_total{source="${source}",outcome="${outcome}"}`);
    expect(posts('mastodon:example.social', 'accepted')).toBe(2);
    expect(posts('mastodon:example.social', 'duplicate')).toBe(1);
    expect(posts('rss:status', 'rejected')).toBe(1);
    expect(posts('rss:status', 'accepted')).toBeNull();
    expect(value(text, 'outcry_ingest_duration_seconds_count')).toBe(2);
    expect(value(text, 'outcry_store_query_duration_seconds_count{method="insertPosts"}')).toBe(2);
    expect(text).toContain('# TYPE outcry_nodejs_eventloop_lag_seconds gauge');
  });

  it('shows incidents open by brand, and forgets them once resolved', async () => {
    await t.store.upsertIncidents([incident('northwind', NOW - HOUR, { status: 'escalated', level: 1 })]);
    expect(value(await scrape(), 'outcry_incidents_open{brand="northwind",status="escalated"}')).toBe(1);
    await t.store.upsertIncidents([
      incident('northwind', NOW - HOUR, { status: 'resolved', endAt: new Date(NOW).toISOString() }),
    ]);
    expect(await scrape()).not.toContain('outcry_incidents_open{brand="northwind"');
  });

  it('counts open event streams', async () => {
    const server = await listen(t.app);
    const abort = new AbortController();
    try {
      const res = await fetch(`${server.url}/api/v1/stream`, { signal: abort.signal });
      expect(res.status).toBe(200);
      expect(value(await scrape(), 'outcry_sse_clients')).toBe(1);
      abort.abort();
      await until(
        async () => value(await scrape(), 'outcry_sse_clients') === 0,
        'the stream to be counted out',
      );
    } finally {
      abort.abort();
      await server.close();
    }
  });

  it('is for the scraper: left out of the versioned API and its OpenAPI document', async () => {
    const doc = (await call(send, 'GET', '/api/openapi.json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain('/metrics');
  });
});

describe('GET /metrics on a server that runs sources', () => {
  it('shows each source health, failures and lag', async () => {
    const servers = sourcesServers();
    const feeds: FeedServer = await startFeedServer();
    try {
      feeds.route('/ok.xml', {
        headers: { 'content-type': 'application/rss+xml' },
        body: rss([{ id: '1', text: 'Acme down' }]),
      });
      feeds.route('/broken.xml', { status: 500 });
      const { send: real } = await servers.startWith({
        OUTCRY_DB: join(servers.tmp(), 'outcry.db'),
        OUTCRY_CONFIG: servers.configFile({
          brands: [ACME],
          sources: [
            { id: 'good', kind: 'rss', url: feeds.url('/ok.xml'), brand: 'acme' },
            { id: 'bad', kind: 'rss', url: feeds.url('/broken.xml'), brand: 'acme' },
          ],
        }),
      });
      await until(async () => {
        const text = await scrape(real);
        return (
          value(text, 'outcry_source_healthy{source="good",kind="rss",state="ok"}') === 1 &&
          (value(text, 'outcry_source_consecutive_failures{source="bad",kind="rss"}') ?? 0) >= 1
        );
      }, 'both sources to have run');
      const text = await scrape(real);
      expect(value(text, 'outcry_source_lag_seconds{source="good",kind="rss"}')).toBeGreaterThanOrEqual(0);
      expect(text).toMatch(/outcry_source_healthy\{source="bad",kind="rss",state="(failing|degraded)"\} 0/);
    } finally {
      await servers.closeAll();
      await feeds.close();
    }
  });
});
