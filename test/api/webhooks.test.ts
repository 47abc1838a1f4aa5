import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryListSchema, type Webhook, WebhookListSchema, WebhookSchema } from '../../shared/webhook';
import { HARBOR, NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';

const SECRET = 'whsec-0123456789abcdef';
let t: TestApp;
let send: Send;

beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND, HARBOR] });
  send = inProcess(t.app);
});
afterAll(() => t.close());

const create = async (json: unknown) => call(send, 'POST', '/api/v1/webhooks', { token: TOKEN, json });

describe('webhooks API', () => {
  it('needs the admin token for every method', async () => {
    expectError(await call(send, 'GET', '/api/v1/webhooks'), 401, 'unauthorized');
    expectError(
      await call(send, 'POST', '/api/v1/webhooks', { json: { url: 'https://x.test/' } }),
      401,
      'unauthorized',
    );
    expectError(
      await call(send, 'GET', '/api/v1/webhooks', { token: 'wrong-token-0123456789' }),
      403,
      'forbidden',
    );
    expectError(await call(send, 'DELETE', '/api/v1/webhooks/wh_1'), 401, 'unauthorized');
    expectError(await call(send, 'GET', '/api/v1/webhooks/wh_1/deliveries'), 401, 'unauthorized');
  });

  it('creates a webhook with defaults and never returns its secret', async () => {
    const res = await create({ url: 'https://hooks.example.com/outcry', secret: SECRET, name: 'ops' });
    expect(res.status, res.text).toBe(201);
    expect(res.text).not.toContain(SECRET);
    const hook = WebhookSchema.parse(res.body);
    expect(hook).toMatchObject({
      name: 'ops',
      url: 'https://hooks.example.com/outcry',
      format: 'generic',
      events: ['open', 'escalate', 'resolve'],
      brands: [],
      enabled: true,
      hasSecret: true,
    });
    expect(hook.id).toMatch(/^wh_[0-9a-f]{16}$/);
    expect(res.body).not.toHaveProperty('secret');
    const listed = await call(send, 'GET', '/api/v1/webhooks', { token: TOKEN });
    expect(listed.text).not.toContain(SECRET);
    expect(WebhookListSchema.parse(listed.body).items).toEqual([hook]);
    const one = await call(send, 'GET', `/api/v1/webhooks/${hook.id}`, { token: TOKEN });
    expect(one.body).toEqual(hook);
  });

  it.each([
    [{ url: 'ftp://example.com/x' }, 'url'],
    [{ url: 'not a url' }, 'url'],
    [{ url: 'https://x.test/', events: ['update'] }, 'events.0'],
    [{ url: 'https://x.test/', events: [] }, 'events'],
    [{ url: 'https://x.test/', format: 'teams' }, 'format'],
    [{ url: 'https://x.test/', secret: 'short' }, 'secret'],
    [{ url: 'https://x.test/', brands: ['northwind', 'nobody'] }, 'brands.1'],
  ])('rejects %j (%s)', async (json, path) => {
    const err = expectError(await create(json), 400, 'validation_failed');
    expect(JSON.stringify(err.details)).toContain(`"path":"${path}"`);
  });

  it('patches fields, removes the secret with null, and deletes', async () => {
    const created = WebhookSchema.parse(
      (await create({ url: 'https://hooks.example.com/b', secret: SECRET, brands: ['harbor'] })).body,
    );
    const path = `/api/v1/webhooks/${created.id}`;
    const patched = await call(send, 'PATCH', path, {
      token: TOKEN,
      json: { enabled: false, events: ['resolve', 'resolve'], format: 'slack', secret: null, name: null },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body).toMatchObject({
      id: created.id,
      enabled: false,
      events: ['resolve'],
      format: 'slack',
      hasSecret: false,
      name: null,
      brands: ['harbor'],
      url: 'https://hooks.example.com/b',
    });
    const reSecret = await call(send, 'PATCH', path, { token: TOKEN, json: { secret: SECRET } });
    expect((reSecret.body as Webhook).hasSecret).toBe(true);
    expectError(
      await call(send, 'PATCH', path, { token: TOKEN, json: { url: 'gopher://x' } }),
      400,
      'validation_failed',
    );
    expectError(
      await call(send, 'PATCH', '/api/v1/webhooks/wh_nope', { token: TOKEN, json: {} }),
      404,
      'not_found',
    );

    const deliveries = await call(send, 'GET', `${path}/deliveries`, { token: TOKEN });
    expect(DeliveryListSchema.parse(deliveries.body).items).toEqual([]);
    expectError(
      await call(send, 'GET', `${path}/deliveries?status=lost`, { token: TOKEN }),
      400,
      'validation_failed',
    );

    expect((await call(send, 'DELETE', path, { token: TOKEN })).status).toBe(204);
    expectError(await call(send, 'DELETE', path, { token: TOKEN }), 404, 'not_found');
    expectError(await call(send, 'GET', path, { token: TOKEN }), 404, 'not_found');
    expectError(await call(send, 'GET', `${path}/deliveries`, { token: TOKEN }), 404, 'not_found');
  });
});
