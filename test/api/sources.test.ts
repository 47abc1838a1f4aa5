import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OverviewSchema } from '../../shared/overview';
import { type FeedServer, fixtureText, startFeedServer } from '../helpers/feed-servers';
import { call, expectError } from '../helpers/http';
import type { Send } from '../helpers/http';
import {
  ACME,
  ADMIN,
  getSource,
  listSources,
  postIds,
  rss,
  sourcesServers,
  until,
} from '../helpers/sources-api';

const servers = sourcesServers();
let feeds: FeedServer;
let send: Send;
const SECRET = 'sekret-access-token-42';

beforeEach(async () => {
  feeds = await startFeedServer();
  const dir = servers.tmp();
  ({ send } = await servers.startWith({
    OUTCRY_DB: join(dir, 'outcry.db'),
    OUTCRY_CONFIG: servers.configFile({ brands: [ACME] }),
  }));
});
afterEach(async () => {
  await servers.closeAll();
  await feeds.close();
});

const create = (json: unknown, token: string | null = ADMIN) =>
  call(send, 'POST', '/api/v1/sources', { json, ...(token === null ? {} : { token }) });
const poll = (id: string) => call(send, 'POST', `/api/v1/sources/${id}/poll`, { token: ADMIN });
const patch = (id: string, json: unknown) =>
  call(send, 'PATCH', `/api/v1/sources/${id}`, { token: ADMIN, json });

describe('sources API', () => {
  it('creates a source whose posts are ingested once each over repeated polls, with health, never showing credentials', async () => {
    feeds.route('/feed.xml', {
      body: rss([
        { id: 'a1', text: 'Acme app is down' },
        { id: 'a2', text: 'Acme login broken' },
      ]),
    });
    const input = {
      kind: 'rss',
      url: feeds.url('/feed.xml'),
      brand: 'acme',
      credentials: { accessToken: SECRET },
    };
    expectError(await create(input, null), 401, 'unauthorized');
    expectError(await create(input, 'not-the-admin-token'), 403, 'forbidden');

    const created = await create(input);
    expect(created.status, created.text).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(id).toBe('rss-127-0-0-1');
    expect(created.body).toMatchObject({ kind: 'rss', brand: 'acme', enabled: true, hasCredentials: true });
    expect(created.body).not.toHaveProperty('credentials');

    await until(async () => (await getSource(send, id)).health?.postsLastHour === 2, 'the first poll');
    expect(await postIds(send, 'acme')).toEqual(['a1', 'a2']);
    const health = (await getSource(send, id)).health;
    expect(health).toMatchObject({ state: 'ok', consecutiveFailures: 0, lastError: null });
    expect(health?.lastSuccessAt).not.toBeNull();

    // The feed repeats its old items next to a new one; polls twice more.
    feeds.route('/feed.xml', {
      body: rss([
        { id: 'a3', text: 'Acme still down' },
        { id: 'a1', text: 'Acme app is down' },
        { id: 'a2', text: 'Acme login broken' },
      ]),
    });
    for (let n = 2; n <= 3; n++) {
      const res = await poll(id);
      expect(res.status, res.text).toBe(202);
      await until(
        async () => feeds.hits('/feed.xml').length >= n && (await getSource(send, id)).health?.state === 'ok',
        `poll ${n}`,
      );
    }
    await until(async () => (await getSource(send, id)).health?.postsLastHour === 3, 'the new post counted');
    expect(await postIds(send, 'acme')).toEqual(['a1', 'a2', 'a3']);

    for (const path of ['/api/v1/sources', `/api/v1/sources/${id}`, '/api/v1/sources/export']) {
      const res = await call(send, 'GET', path);
      expect(res.status).toBe(200);
      expect(res.text).not.toContain(SECRET);
      expect(res.text).not.toContain('accessToken');
    }
    const cleared = await patch(id, { credentials: null });
    expect(cleared.body).toMatchObject({ hasCredentials: false });
  });

  it('shows a failing source as failing while another keeps working', async () => {
    feeds.route('/good.xml', { body: rss([{ id: 'g1', text: 'Acme fine' }]) });
    feeds.route('/bad.xml', { status: 500, body: 'upstream exploded' });
    await create({ id: 'good', kind: 'rss', url: feeds.url('/good.xml'), brand: 'acme' });
    await create({ id: 'bad', kind: 'rss', url: feeds.url('/bad.xml') });

    for (let failures = 1; failures <= 3; failures++) {
      if (failures > 1) expect((await poll('bad')).status).toBe(202);
      await until(
        async () => (await getSource(send, 'bad')).health?.consecutiveFailures === failures,
        `failure ${failures}`,
      );
    }
    feeds.route('/good.xml', { body: rss([{ id: 'g2', text: 'Acme fine again' }]) });
    expect((await poll('good')).status).toBe(202);
    await until(async () => (await postIds(send, 'acme')).length === 2, 'the good source to keep delivering');

    const byId = new Map((await listSources(send)).map((s) => [s.id, s]));
    expect(byId.get('bad')?.health).toMatchObject({ state: 'failing', consecutiveFailures: 3 });
    expect(byId.get('bad')?.health?.lastError).toMatch(/500/);
    expect(byId.get('good')?.health).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
  });

  it('pauses and resumes through PATCH enabled, deletes, and rejects bad input with clear codes', async () => {
    feeds.route('/feed.xml', { body: rss([{ id: 'p1', text: 'Acme' }]) });
    await create({ id: 'feed', kind: 'rss', url: feeds.url('/feed.xml'), brand: 'acme' });
    await until(async () => (await getSource(send, 'feed')).health?.state === 'ok', 'first poll');

    expect((await patch('feed', { enabled: false })).body).toMatchObject({
      enabled: false,
      health: { state: 'paused' },
    });
    expectError(await poll('feed'), 409, 'conflict');
    const hits = feeds.hits('/feed.xml').length;
    expect((await patch('feed', { enabled: true })).status).toBe(200);
    await until(async () => feeds.hits('/feed.xml').length > hits, 'the resumed source to poll');
    await until(async () => (await getSource(send, 'feed')).health?.state === 'ok', 'ok after resume');

    expectError(await patch('feed', { pollIntervalSec: 5 }), 400, 'validation_failed');
    expectError(await patch('feed', { brand: 'nobody' }), 400, 'validation_failed');
    expectError(await create({ id: 'feed', kind: 'rss', url: feeds.url('/x.xml') }), 409, 'conflict');
    expectError(await create({ kind: 'statuspage', url: feeds.url('/') }), 400, 'validation_failed');
    expectError(
      await create({ kind: 'mastodon', url: 'https://m.example', query: 'not a query' }),
      400,
      'validation_failed',
    );
    const metadata = expectError(
      await create({ kind: 'rss', url: 'http://169.254.169.254/latest' }),
      400,
      'validation_failed',
    );
    expect(metadata.message).toMatch(/url/);
    expectError(await call(send, 'GET', '/api/v1/sources/nope'), 404, 'not_found');
    expectError(await poll('nope'), 404, 'not_found');

    expect((await call(send, 'DELETE', '/api/v1/sources/feed', { token: ADMIN })).status).toBe(204);
    expectError(await call(send, 'GET', '/api/v1/sources/feed'), 404, 'not_found');
    expectError(await call(send, 'DELETE', '/api/v1/sources/feed', { token: ADMIN }), 404, 'not_found');
    expect(await listSources(send)).toEqual([]);
  });

  it('counts status page updates as official posts of the brand and shows the indicator in the overview', async () => {
    feeds.route('/api/v2/summary.json', { body: fixtureText('statuspage-summary.json') });
    feeds.route('/api/v2/incidents.json', { body: fixtureText('statuspage-incidents.json') });
    const res = await create({ id: 'acme-status', kind: 'statuspage', url: feeds.origin, brand: 'acme' });
    expect(res.status, res.text).toBe(201);
    await until(
      async () => (await getSource(send, 'acme-status')).health?.statusIndicator === 'major',
      'the page to be read',
    );

    const all = await postIds(send, 'acme');
    expect(all.length).toBeGreaterThan(0);
    expect(await postIds(send, 'acme', '&official=true')).toEqual(all);

    const overview = async () => OverviewSchema.parse((await call(send, 'GET', '/api/v1/overview')).body);
    const acme = (await overview()).brands.find((b) => b.id === 'acme');
    expect(acme?.statusPage).toMatchObject({ indicator: 'major', updatedAt: expect.any(String) });
    expect(acme?.statusPage?.description).toMatch(/\S/);

    await patch('acme-status', { enabled: false });
    expect((await overview()).brands.find((b) => b.id === 'acme')?.statusPage).toBeNull();
  });
});
