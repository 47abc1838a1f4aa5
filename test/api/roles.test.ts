import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CreatedTokenSchema, StreamTicketSchema, TokenListSchema } from '../../shared/token';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { spawnCli } from '../helpers/cli';
import { type Send, call, expectError, inProcess, listen } from '../helpers/http';

let t: TestApp;
let send: Send;
beforeEach(async () => {
  t = await createTestApp({ brands: [NORTHWIND], env: { OUTCRY_READ_AUTH: '1' } });
  send = inProcess(t.app);
});
afterEach(() => t.close());

const create = async (role: string, name = `${role} token`) => {
  const res = await call(send, 'POST', '/api/v1/tokens', { token: TOKEN, json: { name, role } });
  expect(res.status, res.text).toBe(201);
  return CreatedTokenSchema.parse(res.body);
};
const get = (path: string, token?: string) => call(send, 'GET', path, token ? { token } : {});

describe('roles with OUTCRY_READ_AUTH=1', () => {
  it('asks for a token on reads, the stream and /metrics; health and the API description stay open', async () => {
    for (const path of [
      '/api/v1/overview',
      '/api/v1/brands',
      '/api/v1/posts',
      '/api/v1/stream',
      '/metrics',
    ]) {
      const res = await get(path);
      expectError(res, 401, 'unauthorized');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expectError(await get('/api/v1/overview', 'oc_not-a-token'), 401, 'unauthorized');
    expect((await get('/api/health')).status).toBe(200);
    expect((await get('/api/openapi.json')).status).toBe(200);
  });

  it('a viewer reads, an analyst also exports, only an admin writes', async () => {
    const viewer = await create('viewer');
    const analyst = await create('analyst');
    expect((await get('/api/v1/auth/whoami', viewer.token)).body).toEqual({ role: 'viewer' });
    expect((await get('/api/v1/auth/whoami', analyst.token)).body).toEqual({ role: 'analyst' });
    for (const path of ['/api/v1/overview', '/api/v1/posts', '/api/v1/series?brand=northwind', '/metrics'])
      expect((await get(path, viewer.token)).status, path).toBe(200);
    for (const path of ['/api/v1/posts?format=ndjson', '/api/v1/series?brand=northwind&format=csv']) {
      expect(expectError(await get(path, viewer.token), 403, 'forbidden').message).toContain('analyst');
      expect((await get(path, analyst.token)).status, path).toBe(200);
    }
    const brand = { name: 'Acme', keywords: ['Acme'] };
    for (const token of [viewer.token, analyst.token])
      expectError(await call(send, 'POST', '/api/v1/brands', { token, json: brand }), 403, 'forbidden');
    expectError(await get('/api/v1/webhooks', analyst.token), 403, 'forbidden');
    expectError(await get('/api/v1/tokens', analyst.token), 403, 'forbidden');
    const admin = await create('admin');
    expect((await call(send, 'POST', '/api/v1/brands', { token: admin.token, json: brand })).status).toBe(
      201,
    );
    // The environment's admin token keeps working beside the role tokens.
    expect((await get('/api/v1/webhooks', TOKEN)).status).toBe(200);
  });

  it('lists tokens without their values, stores only hashes, and refuses a revoked token at once', async () => {
    const viewer = await create('viewer', 'wallboard');
    const list = TokenListSchema.parse((await get('/api/v1/tokens', TOKEN)).body);
    expect(list.items).toEqual([
      { id: viewer.id, name: 'wallboard', role: 'viewer', createdAt: viewer.createdAt },
    ]);
    expect(JSON.stringify(list)).not.toContain(viewer.token);
    expect((await t.store.getSetting('api_tokens')) ?? '').not.toContain(viewer.token);
    expect((await call(send, 'DELETE', `/api/v1/tokens/${viewer.id}`, { token: TOKEN })).status).toBe(204);
    expectError(await get('/api/v1/overview', viewer.token), 401, 'unauthorized');
    expectError(await get('/api/v1/auth/whoami', viewer.token), 401, 'unauthorized');
    expectError(
      await call(send, 'DELETE', `/api/v1/tokens/${viewer.id}`, { token: TOKEN }),
      404,
      'not_found',
    );
    expectError(
      await call(send, 'POST', '/api/v1/tokens', { token: TOKEN, json: { name: 'x', role: 'root' } }),
      400,
      'validation_failed',
    );
  });

  it('opens the event stream with a ticket, since EventSource cannot send a header', async () => {
    const viewer = await create('viewer');
    expectError(await call(send, 'POST', '/api/v1/auth/stream-ticket'), 401, 'unauthorized');
    const res = await call(send, 'POST', '/api/v1/auth/stream-ticket', { token: viewer.token });
    const { ticket } = StreamTicketSchema.parse(res.body);
    expectError(await get(`/api/v1/stream?ticket=${ticket}x`), 401, 'unauthorized');
    // A ticket is for the stream only.
    expectError(await get(`/api/v1/overview?ticket=${ticket}`), 401, 'unauthorized');
    const server = await listen(t.app);
    const abort = new AbortController();
    try {
      const stream = await fetch(`${server.url}/api/v1/stream?ticket=${encodeURIComponent(ticket)}`, {
        signal: abort.signal,
      });
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    } finally {
      abort.abort();
      await server.close();
    }
    t.clock.advance(61_000);
    expectError(await get(`/api/v1/stream?ticket=${ticket}`), 401, 'unauthorized');
  });
});

describe('outcry token', () => {
  it('creates, lists and revokes tokens in the store the server reads', async () => {
    const env = { OUTCRY_DB: join(t.dir, 'outcry.db') };
    const made = await spawnCli(['token', 'create', '--role', 'analyst', '--name', 'grafana'], { env });
    expect(made.code, made.stderr).toBe(0);
    const token = made.stdout.trim();
    expect(made.stderr).toMatch(/Created analyst token tok_\w+ "grafana"/);
    expect((await get('/api/v1/auth/whoami', token)).body).toEqual({ role: 'analyst' });
    const listed = await spawnCli(['token', 'list'], { env });
    const [id, role, , name] = listed.stdout.trim().split('\t');
    expect([role, name]).toEqual(['analyst', 'grafana']);
    expect(listed.stdout).not.toContain(token);
    expect((await spawnCli(['token', 'revoke', id ?? ''], { env })).code).toBe(0);
    expectError(await get('/api/v1/auth/whoami', token), 401, 'unauthorized');
    const bad = await spawnCli(['token', 'create', '--role', 'root', '--name', 'x'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role must be one of viewer, analyst, admin');
  });
});
