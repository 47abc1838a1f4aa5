import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../helpers/feed-servers';
import { call } from '../helpers/http';
import {
  ACME,
  ADMIN,
  GLOBEX,
  getSource,
  listSources,
  postIds,
  rss,
  sourcesServers,
  until,
} from '../helpers/sources-api';

const servers = sourcesServers();
let feeds: FeedServer;
beforeEach(async () => {
  feeds = await startFeedServer();
  feeds.route('/acme.xml', {
    body: rss([
      { id: 'c1', text: 'Acme outage' },
      { id: 'c2', text: 'Acme again' },
    ]),
  });
});
afterEach(async () => {
  await servers.closeAll();
  await feeds.close();
});

const SECRET = 'config-file-token-77';

describe('sources from OUTCRY_CONFIG', () => {
  it('loads config-file sources at start-up, resumes them after a restart, and exports a file that round-trips', async () => {
    const db = join(servers.tmp(), 'outcry.db');
    const file = servers.configFile({
      brands: [ACME, GLOBEX],
      sources: [
        {
          id: 'acme-news',
          kind: 'rss',
          url: feeds.url('/acme.xml'),
          brand: 'acme',
          credentials: { accessToken: SECRET },
        },
        {
          id: 'globex-status',
          kind: 'statuspage',
          url: feeds.origin,
          brand: 'globex',
          pollIntervalSec: 600,
          enabled: false,
        },
      ],
    });
    const first = await servers.startWith({ OUTCRY_DB: db, OUTCRY_CONFIG: file });
    await until(
      async () => (await getSource(first.send, 'acme-news')).health?.postsLastHour === 2,
      'the feed to be read',
    );
    const loaded = await listSources(first.send);
    expect(loaded.map((s) => [s.id, s.enabled, s.hasCredentials, s.health?.state])).toEqual([
      ['acme-news', true, true, 'ok'],
      ['globex-status', false, false, 'paused'],
    ]);
    expect(feeds.hits('/api/v2/summary.json')).toHaveLength(0);
    expect(await postIds(first.send, 'acme')).toEqual(['c1', 'c2']);

    const exported = await call(first.send, 'GET', '/api/v1/sources/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
    expect(exported.text).not.toContain(SECRET);
    expect(exported.body).toEqual({
      sources: [
        {
          id: 'acme-news',
          kind: 'rss',
          url: feeds.url('/acme.xml'),
          query: null,
          brand: 'acme',
          pollIntervalSec: null,
          enabled: true,
        },
        {
          id: 'globex-status',
          kind: 'statuspage',
          url: feeds.origin,
          query: null,
          brand: 'globex',
          pollIntervalSec: 600,
          enabled: false,
        },
      ],
    });
    await servers.close(first.server);

    // Restart on the same database with the exported file: the stored token stays, seen posts are not
    // handed over again.
    const exportFile = servers.configFile({ brands: [ACME, GLOBEX], ...(exported.body as object) });
    const again = await servers.startWith({ OUTCRY_DB: db, OUTCRY_CONFIG: exportFile });
    const hits = feeds.hits('/acme.xml').length;
    await until(async () => feeds.hits('/acme.xml').length > hits, 'the restarted source to poll');
    await until(
      async () => (await getSource(again.send, 'acme-news')).health?.state === 'ok',
      'ok after restart',
    );
    const resumed = await getSource(again.send, 'acme-news');
    expect(resumed.hasCredentials).toBe(true);
    expect(resumed.health?.postsLastHour).toBe(0);
    expect(await postIds(again.send, 'acme')).toEqual(['c1', 'c2']);

    // A fresh database with the exported file ends up with the same sources (no credentials).
    const fresh = await servers.startWith({
      OUTCRY_DB: join(servers.tmp(), 'fresh.db'),
      OUTCRY_CONFIG: exportFile,
    });
    const roundTrip = await call(fresh.send, 'GET', '/api/v1/sources/export');
    expect(roundTrip.body).toEqual(exported.body);
    expect((await listSources(fresh.send)).map((s) => s.hasCredentials)).toEqual([false, false]);
  });

  it('refuses to start when a config-file source names a brand that does not exist', async () => {
    const file = servers.configFile({
      sources: [{ id: 'x', kind: 'statuspage', url: feeds.origin, brand: 'nobody' }],
    });
    await expect(
      servers.startWith({ OUTCRY_DB: join(servers.tmp(), 'outcry.db'), OUTCRY_CONFIG: file }),
    ).rejects.toThrow(/OUTCRY_CONFIG=.*source "x" names brand "nobody"/);
  });

  it('refuses loopback feeds unless OUTCRY_SOURCES_ALLOW_PRIVATE is set', async () => {
    const { send } = await servers.startWith({
      OUTCRY_DB: join(servers.tmp(), 'outcry.db'),
      OUTCRY_SOURCES_ALLOW_PRIVATE: '0',
    });
    const res = await call(send, 'POST', '/api/v1/sources', {
      token: ADMIN,
      json: { kind: 'rss', url: feeds.url('/acme.xml') },
    });
    expect(res.status, res.text).toBe(400);
    expect((res.body as { error: { message: string } }).error.message).toMatch(
      /OUTCRY_SOURCES_ALLOW_PRIVATE=1/,
    );
    expect(feeds.requests).toHaveLength(0);
  });
});
