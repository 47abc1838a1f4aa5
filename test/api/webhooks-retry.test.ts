import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookDispatcher } from '../../server/alerts/dispatcher';
import type { IncidentAlert } from '../../server/incidents/engine';
import type { Brand } from '../../shared/brand';
import { type Delivery, DeliveryListSchema, WebhookSchema } from '../../shared/webhook';
import { NORTHWIND, TOKEN, type TestApp, createTestApp, manualScheduler } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { incident } from '../helpers/incident-fixtures';
import { NOW } from '../helpers/posts';
import { type Receiver, startReceiver } from '../helpers/receiver';

const BRAND: Brand = {
  id: 'northwind',
  name: 'Northwind Bank',
  keywords: [],
  officialHandles: [],
  createdAt: '',
};
const alert = (key: string, kind: IncidentAlert['kind'] = 'open'): IncidentAlert => ({
  kind,
  key,
  t: NOW - 60_000,
  brand: BRAND,
  incident: incident('northwind', NOW - 10 * 60_000),
});

let t: TestApp;
let send: Send;
let receiver: Receiver;
const dispatcherFor = (maxAttempts = 8) =>
  createWebhookDispatcher({
    store: t.store,
    clock: t.clock,
    scheduler: manualScheduler,
    options: { timeoutMs: 2000, retry: { maxAttempts, baseDelayMs: 30_000, maxDelayMs: 3_600_000 } },
  });

beforeAll(async () => {
  receiver = await startReceiver();
  // the receiver listens on 127.0.0.1, which webhooks may reach only when allowed
  t = await createTestApp({ brands: [NORTHWIND], env: { OUTCRY_WEBHOOKS_ALLOW_PRIVATE: '1' } });
  send = inProcess(t.app);
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

async function hook(path: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await call(send, 'POST', '/api/v1/webhooks', {
    token: TOKEN,
    json: { url: `${receiver.url}${path}`, ...extra },
  });
  return WebhookSchema.parse(res.body).id;
}
async function deliveries(id: string): Promise<Delivery[]> {
  const res = await call(send, 'GET', `/api/v1/webhooks/${id}/deliveries`, { token: TOKEN });
  return DeliveryListSchema.parse(res.body).items;
}
async function disable(id: string): Promise<void> {
  await call(send, 'PATCH', `/api/v1/webhooks/${id}`, { token: TOKEN, json: { enabled: false } });
}

describe('webhook retries', () => {
  it('treats a 4xx as final, waits out a 429 Retry-After, and resumes pending deliveries after a restart', async () => {
    const bad = await hook('/bad');
    const busy = await hook('/busy');
    receiver.script('/bad', [{ status: 400 }]);
    receiver.script('/busy', [{ status: 429, headers: { 'retry-after': '120' } }]);
    const first = dispatcherFor();
    await first.enqueue([alert('a1')]);
    expect(await first.runOnce()).toBe(2);
    const now = t.clock.now();
    expect(await deliveries(bad)).toEqual([
      expect.objectContaining({
        status: 'failed',
        nextAttemptAt: null,
        attempts: [expect.objectContaining({ statusCode: 400, error: 'HTTP 400', nextAttemptAt: null })],
      }),
    ]);
    const [pending] = await deliveries(busy);
    expect(pending).toMatchObject({
      status: 'pending',
      nextAttemptAt: new Date(now + 120_000).toISOString(),
    });
    await first.stop();

    // A new process (dispatcher) on the same store sends what was pending, once it is due.
    const second = dispatcherFor();
    t.clock.advance(119_000);
    expect(await second.runOnce()).toBe(0);
    t.clock.advance(1_000);
    expect(await second.runOnce()).toBe(1);
    expect((await deliveries(busy))[0]).toMatchObject({
      status: 'delivered',
      attempts: [{ statusCode: 429 }, { statusCode: 200 }],
    });
    expect(receiver.received('/bad')).toHaveLength(1);
    await disable(bad);
    await disable(busy);
  });

  it('gives up after the last attempt, and drops pending deliveries of a disabled webhook', async () => {
    const down = await hook('/down');
    receiver.script('/down', [{ status: 503 }, { status: 502 }, { status: 500 }]);
    const d = dispatcherFor(2);
    await d.enqueue([alert('b1')]);
    await d.runOnce();
    t.clock.advance(30_000);
    await d.runOnce();
    const [gaveUp] = await deliveries(down);
    expect(gaveUp).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(gaveUp?.attempts.map((a) => a.statusCode)).toEqual([503, 502]);

    receiver.script('/down', [{ status: 500 }]);
    await d.enqueue([alert('b2', 'resolve')]);
    await d.runOnce();
    await disable(down);
    t.clock.advance(30_000);
    await d.runOnce();
    const [dropped] = await deliveries(down);
    expect(dropped).toMatchObject({ event: 'resolve', status: 'failed' });
    expect(dropped?.attempts.map((a) => a.error)).toEqual(['HTTP 500', 'webhook disabled']);
    expect(receiver.received('/down')).toHaveLength(3);
    // A disabled webhook gets nothing new.
    await d.enqueue([alert('b3')]);
    expect(await deliveries(down)).toHaveLength(2);
  });

  it('only sends the events and brands a webhook asked for', async () => {
    const picky = await hook('/picky', { events: ['resolve'], brands: ['northwind'] });
    const d = dispatcherFor();
    await d.enqueue([alert('c1', 'open'), alert('c2', 'escalate'), alert('c3', 'resolve')]);
    await d.enqueue([{ ...alert('c4', 'resolve'), brand: { ...BRAND, id: 'harbor' } }]);
    await d.runOnce();
    expect((await deliveries(picky)).map((x) => [x.event, x.status])).toEqual([['resolve', 'delivered']]);
  });
});
