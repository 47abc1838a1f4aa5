import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, NOW, makePost, ndjson } from '../helpers/posts';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type FeedServer, startFeedServer } from '../helpers/feed-servers';
import { type Send, call, inProcess, listen } from '../helpers/http';
import { incident } from '../helpers/incident-fixtures';
import { type OpenApiDoc, contractChecker } from '../helpers/openapi-contract';
import { ACME, ADMIN, rss, sourcesServers } from '../helpers/sources-api';

let t: TestApp;
let send: Send;
let doc: OpenApiDoc;
let contract: ReturnType<typeof contractChecker>;
beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND] });
  send = inProcess(t.app);
  const res = await call(send, 'GET', '/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body as OpenApiDoc;
  contract = contractChecker(doc);
});
afterAll(() => t.close());

const admin = { token: TOKEN };

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every API route of the app', () => {
    expect(doc.openapi).toBe('3.1.0');
    const routes = t.app.routes
      .filter((r) => r.method !== 'ALL' && /^\/api\/(v1\/|health)/.test(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(25);
    expect(new Set(documented)).toEqual(new Set(routes));
  });

  it('describes what the routes validate: query parameters, path ids and bodies', () => {
    const posts = doc.paths['/api/v1/posts'] as Record<
      string,
      { parameters?: { name: string }[]; requestBody?: unknown }
    >;
    expect(posts.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['brand', 'limit', 'format']),
    );
    expect(posts.post?.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/brands']?.post).toHaveProperty('requestBody');
  });
});

describe('GET /api/docs', () => {
  it('renders every operation of the document as a readable HTML page, without scripts', async () => {
    const res = await call(send, 'GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).not.toMatch(/<script/i);
    for (const [path, ops] of Object.entries(doc.paths))
      for (const method of Object.keys(ops))
        expect(res.text).toContain(`${method.toUpperCase()}</span> <code>${path}</code>`);
    // Schemas are spelled out: a brand's fields, an ingest result's counters.
    expect(res.text).toContain('officialHandles: string[];');
    expect(res.text).toContain('duplicates: integer;');
  });
});

describe('every answer matches the document', () => {
  it('health, auth, overview and brands', async () => {
    const c = contract.check;
    await c(send, 'GET', '/api/health');
    await c(send, 'GET', '/api/v1/auth/whoami', admin);
    await c(send, 'GET', '/api/v1/auth/whoami');
    await c(send, 'GET', '/api/v1/overview');
    await c(send, 'GET', '/api/v1/brands');
    await c(send, 'GET', '/api/v1/brands/northwind');
    await c(send, 'GET', '/api/v1/brands/nope');
    await c(send, 'GET', '/api/v1/brands/NOT%20AN%20ID');
    const acme = { name: 'Acme', keywords: ['Acme'], officialHandles: [] };
    expect((await c(send, 'POST', '/api/v1/brands', { ...admin, json: acme })).status).toBe(201);
    expect((await c(send, 'POST', '/api/v1/brands', { ...admin, json: acme })).status).toBe(409);
    await c(send, 'POST', '/api/v1/brands', { json: acme });
    await c(send, 'POST', '/api/v1/brands', { token: 'not-the-token', json: acme });
    await c(send, 'POST', '/api/v1/brands', { ...admin, json: { keywords: 3 } });
    await c(send, 'PATCH', '/api/v1/brands/acme', { ...admin, json: { name: 'Acme Corp' } });
    await c(send, 'DELETE', '/api/v1/brands/acme', admin);
    await c(send, 'DELETE', '/api/v1/brands/acme', admin);
  });

  it('posts, exports and series', async () => {
    const c = contract.check;
    const posts = [1, 2, 3].map((i) =>
      makePost({ id: `p${i}`, text: `Northwind app is down again ${i}`, minutesAgo: i }),
    );
    expect((await c(send, 'POST', '/api/v1/posts', { ...admin, json: posts })).status).toBe(200);
    await c(send, 'POST', '/api/v1/posts', {
      ...admin,
      body: ndjson([{ text: 'no id' }]),
      type: 'application/x-ndjson',
    });
    await c(send, 'POST', '/api/v1/posts', { ...admin, body: '{', type: 'application/json' });
    await c(send, 'POST', '/api/v1/posts', { ...admin, body: 'x', type: 'text/plain' });
    await c(send, 'GET', '/api/v1/posts?brand=northwind&limit=2');
    await c(send, 'GET', '/api/v1/posts?format=ndjson');
    await c(send, 'GET', '/api/v1/posts?format=csv');
    await c(send, 'GET', '/api/v1/posts?limit=0');
    await c(send, 'GET', '/api/v1/series?brand=northwind&bucket=1h');
    await c(send, 'GET', '/api/v1/series?brand=northwind&format=csv');
    await c(send, 'GET', '/api/v1/series?brand=nope');
  });

  it('incidents and their report', async () => {
    const c = contract.check;
    const start = NOW - 2 * HOUR;
    await t.store.upsertIncidents([
      incident('northwind', start, {
        endAt: new Date(start + 30 * MINUTE).toISOString(),
        status: 'resolved',
      }),
    ]);
    const list = await c(send, 'GET', '/api/v1/incidents?brand=northwind');
    expect((list.body as { items: unknown[] }).items).toHaveLength(1);
    await c(send, 'GET', '/api/v1/incidents?status=sleeping');
    await c(send, 'GET', `/api/v1/incidents/northwind:${start}`);
    await c(send, 'GET', `/api/v1/incidents/northwind:${start}/report`);
    await c(send, 'GET', `/api/v1/incidents/northwind:${start}/report?format=md`);
    await c(send, 'GET', '/api/v1/incidents/northwind:1');
    // An id from before a re-analysis that re-dated the incident answers with a redirect.
    const old = `northwind:${start + 5 * MINUTE}`;
    expect((await c(send, 'GET', `/api/v1/incidents/${old}`)).status).toBe(308);
    expect((await c(send, 'GET', `/api/v1/incidents/${old}/report?format=md`)).status).toBe(308);
    await c(send, 'GET', '/api/v1/backtest?brand=northwind');
    await c(send, 'GET', '/api/v1/backtest?brand=nope');
    await c(send, 'POST', '/api/v1/backtest', {
      json: { labels: [{ start: new Date(start).toISOString() }] },
    });
    await c(send, 'POST', '/api/v1/backtest', { json: { labels: [{ start: 'yesterday' }] } });
  });

  it('webhooks and deliveries', async () => {
    const c = contract.check;
    const created = await c(send, 'POST', '/api/v1/webhooks', {
      ...admin,
      json: { url: 'https://hooks.example.com/x' },
    });
    const id = (created.body as { id: string }).id;
    await c(send, 'GET', '/api/v1/webhooks', admin);
    await c(send, 'GET', '/api/v1/webhooks');
    await c(send, 'GET', `/api/v1/webhooks/${id}`, admin);
    await c(send, 'PATCH', `/api/v1/webhooks/${id}`, { ...admin, json: { enabled: false } });
    await c(send, 'GET', `/api/v1/webhooks/${id}/deliveries`, admin);
    await c(send, 'POST', '/api/v1/webhooks', { ...admin, json: { url: 'ftp://x' } });
    await c(send, 'DELETE', `/api/v1/webhooks/${id}`, admin);
    await c(send, 'GET', `/api/v1/webhooks/${id}`, admin);
  });

  it('tokens and stream tickets', async () => {
    const c = contract.check;
    const made = await c(send, 'POST', '/api/v1/tokens', { ...admin, json: { name: 'ci', role: 'viewer' } });
    const { id, token } = made.body as { id: string; token: string };
    await c(send, 'POST', '/api/v1/tokens', { ...admin, json: { name: 'ci', role: 'owner' } });
    await c(send, 'GET', '/api/v1/tokens', admin);
    await c(send, 'GET', '/api/v1/tokens', { token });
    await c(send, 'POST', '/api/v1/auth/stream-ticket', { token });
    await c(send, 'POST', '/api/v1/auth/stream-ticket');
    await c(send, 'DELETE', `/api/v1/tokens/${id}`, admin);
    await c(send, 'DELETE', `/api/v1/tokens/${id}`, admin);
  });

  it('the event stream', async () => {
    const server = await listen(t.app);
    const abort = new AbortController();
    try {
      const res = await fetch(`${server.url}/api/v1/stream`, { signal: abort.signal });
      contract.record(
        'GET',
        '/api/v1/stream',
        res.status,
        res.headers.get('content-type')?.split(';')[0] ?? '',
      );
    } finally {
      abort.abort();
      await server.close();
    }
  });

  it('sources, on a server that runs them', async () => {
    const c = contract.check;
    await c(send, 'GET', '/api/v1/sources'); // this embedded app runs none: 503
    const servers = sourcesServers();
    const feeds: FeedServer = await startFeedServer();
    try {
      feeds.route('/feed.xml', {
        headers: { 'content-type': 'application/rss+xml' },
        body: rss([{ id: 'a', text: 'Acme is down' }]),
      });
      const { send: real } = await servers.startWith({
        OUTCRY_DB: join(servers.tmp(), 'outcry.db'),
        OUTCRY_CONFIG: servers.configFile({ brands: [ACME] }),
      });
      const token = { token: ADMIN };
      const json = { kind: 'rss', url: feeds.url('/feed.xml'), brand: 'acme', pollIntervalSec: 3600 };
      const created = await c(real, 'POST', '/api/v1/sources', { ...token, json });
      const id = (created.body as { id: string }).id;
      await c(real, 'POST', '/api/v1/sources', { ...token, json: { ...json, id } });
      await c(real, 'GET', '/api/v1/sources');
      await c(real, 'GET', `/api/v1/sources/${id}`);
      await c(real, 'GET', '/api/v1/sources/export');
      await c(real, 'POST', `/api/v1/sources/${id}/poll`, token);
      await c(real, 'PATCH', `/api/v1/sources/${id}`, { ...token, json: { enabled: false } });
      await c(real, 'POST', `/api/v1/sources/${id}/poll`, token);
      await c(real, 'DELETE', `/api/v1/sources/${id}`, token);
      await c(real, 'GET', `/api/v1/sources/${id}`);
    } finally {
      await servers.closeAll();
      await feeds.close();
    }
  });

  it('leaves no documented success answer unexercised', () => {
    expect(contract.unexercised()).toEqual([]);
  });
});
