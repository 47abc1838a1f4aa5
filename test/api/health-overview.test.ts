import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HealthSchema, OverviewSchema } from '../../shared/overview';
import { VERSION } from '../../server/version';
import { HARBOR, NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';
import { HOUR, MINUTE, NOW, iso, makePost } from '../helpers/posts';

let t: TestApp;
let send: Send;
beforeEach(async () => {
  t = await createTestApp({ brands: [NORTHWIND, HARBOR] });
  send = inProcess(t.app);
});
afterEach(() => t.close());

describe('GET /api/health', () => {
  it('reports version, store status and uptime', async () => {
    await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [makePost(), makePost()] });
    t.clock.advance(90_000);
    const res = await call(send, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(HealthSchema.parse(res.body)).toEqual({
      status: 'ok',
      version: VERSION,
      uptimeSec: 90,
      demo: false,
      store: { kind: 'sqlite', ok: true, posts: 2 },
      cluster: { role: 'leader' },
    });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers 503 degraded when the store is unavailable', async () => {
    await t.store.close();
    const res = await call(send, 'GET', '/api/health');
    expect(res.status).toBe(503);
    expect(HealthSchema.parse(res.body)).toMatchObject({
      status: 'degraded',
      store: { kind: 'sqlite', ok: false },
    });
  });
});

describe('GET /api/v1/overview', () => {
  it('lists every brand with its last hour', async () => {
    const posts = [
      makePost({ text: 'Northwind down [complaint] [neg]', minutesAgo: 5 }),
      makePost({ text: 'Northwind broken [complaint] [neg]', minutesAgo: 20 }),
      makePost({ text: 'Northwind ok [pos]', minutesAgo: 30 }),
      makePost({ text: 'Northwind old news [complaint] [neg]', minutesAgo: 120 }),
    ];
    await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: posts });
    const res = await call(send, 'GET', '/api/v1/overview');
    expect(res.status).toBe(200);
    const o = OverviewSchema.parse(res.body);
    expect(o.now).toBe(iso(NOW));
    expect(o.demo).toBe(false);
    expect(o.brands.map((b) => b.id).sort()).toEqual(['harbor', 'northwind']);
    const nw = o.brands.find((b) => b.id === 'northwind');
    expect(nw).toMatchObject({
      name: 'Northwind Bank',
      postsLastHour: 3,
      complaintsLastHour: 2,
      lastPostAt: iso(NOW - 5 * MINUTE),
    });
    expect(nw?.state).not.toBe('quiet');
    expect(nw?.negativeShareLastHour).toBeCloseTo(2 / 3, 10);
    expect(o.brands.find((b) => b.id === 'harbor')).toMatchObject({
      state: 'quiet',
      postsLastHour: 0,
      complaintsLastHour: 0,
      negativeShareLastHour: null,
      lastPostAt: null,
    });
  });

  it('moves with the clock: an hour later the posts are no longer in the last hour', async () => {
    await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [makePost({ minutesAgo: 5 })] });
    t.clock.advance(HOUR);
    const o = OverviewSchema.parse((await call(send, 'GET', '/api/v1/overview')).body);
    expect(o.brands.find((b) => b.id === 'northwind')).toMatchObject({
      postsLastHour: 0,
      state: 'quiet',
      lastPostAt: iso(NOW - 5 * MINUTE),
    });
  });
});

describe('errors', () => {
  it.each([
    ['GET', '/api/v1/nope'],
    ['GET', '/api/nope'],
    ['PUT', '/api/v1/brands'],
    ['DELETE', '/api/v1/posts'],
    ['GET', '/api/v1/brands/northwind/extra'],
  ])('%s %s is a 404 JSON error', async (method, path) => {
    const err = expectError(await call(send, method, path, { token: TOKEN }), 404, 'not_found');
    expect(err.message).toContain(path);
  });

  it('echoes a caller request id in the header and the error body', async () => {
    const res = await call(send, 'GET', '/api/v1/nope', { headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect(expectError(res, 404, 'not_found').requestId).toBe('trace-123');
  });

  it('generates a request id when none is sent, different per request', async () => {
    const a = expectError(await call(send, 'GET', '/api/v1/nope'), 404, 'not_found');
    const b = expectError(await call(send, 'GET', '/api/v1/nope'), 404, 'not_found');
    expect(a.requestId).not.toBe(b.requestId);
  });

  it('sends security headers', async () => {
    const res = await call(send, 'GET', '/api/health');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
