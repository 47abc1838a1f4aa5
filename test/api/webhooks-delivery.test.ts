import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDispatcher } from '../../server/alerts/dispatcher';
import { verifySignature } from '../../server/alerts/sign';
import type { IncidentEngine } from '../../server/incidents/engine';
import {
  type Delivery,
  DeliveryListSchema,
  SlackPayloadSchema,
  WebhookPayloadSchema,
  WebhookSchema,
} from '../../shared/webhook';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { recordIncidentEvents, runLive } from '../helpers/incident-run';
import { HOUR, MINUTE, between, outagePosts } from '../helpers/outage';
import { type Receiver, startReceiver } from '../helpers/receiver';
import { waitFor } from '../helpers/wait';

const S = Date.parse('2026-03-02T00:00:00.000Z');
const SECRET = 'whsec-0123456789abcdef';
const TIMEOUT_MS = 2000;
const OUTAGE = {
  from: S + 7 * HOUR,
  minutes: 30,
  perMinute: 40,
  text: 'Northwind login down [complaint] [neg] [cat:login]',
};
const POSTS = outagePosts(S, 11 * 60, [OUTAGE]);

let t: TestApp;
let send: Send;
let receiver: Receiver;
let dispatcher: WebhookDispatcher;
let engine: IncidentEngine;
let hookId = '';
let at = S;

beforeAll(async () => {
  receiver = await startReceiver();
  // The runtime's own dispatcher, started: an enqueued alert is sent at once; retries wait for runOnce
  // (the test's timers never fire).
  t = await createTestApp({
    brands: [NORTHWIND],
    now: S,
    alerts: { timeoutMs: TIMEOUT_MS, concurrency: 2 },
    // the receiver listens on 127.0.0.1, which webhooks may reach only when allowed
    env: { OUTCRY_WEBHOOKS_ALLOW_PRIVATE: '1' },
  });
  send = inProcess(t.app);
  dispatcher = t.runtime.alerts;
  engine = t.engine;
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

async function deliveries(id: string): Promise<Delivery[]> {
  const res = await call(send, 'GET', `/api/v1/webhooks/${id}/deliveries`, { token: TOKEN });
  expect(res.status, res.text).toBe(200);
  return DeliveryListSchema.parse(res.body).items;
}

describe('webhook delivery of incident alerts', () => {
  it('sends the open alert; retries a 500 and a timeout with backoff, then delivers, signed', async () => {
    const hook = await call(send, 'POST', '/api/v1/webhooks', {
      token: TOKEN,
      json: { url: `${receiver.url}/hook`, secret: SECRET },
    });
    hookId = WebhookSchema.parse(hook.body).id;
    await call(send, 'POST', '/api/v1/webhooks', {
      token: TOKEN,
      json: { url: `${receiver.url}/slack`, format: 'slack' },
    });
    receiver.script('/hook', [{ status: 500 }, 'hang']);
    const events = recordIncidentEvents(t);

    at = await runLive(t, engine, POSTS, { from: at, to: OUTAGE.from, stepMs: 10 * MINUTE });
    at = await runLive(t, engine, POSTS, { from: at, to: OUTAGE.from + 20 * MINUTE, stepMs: MINUTE }, () =>
      events.some((e) => e.kind === 'open'),
    );
    await dispatcher.runOnce();
    const first = t.clock.now();
    let [d] = await deliveries(hookId);
    expect(d).toMatchObject({ event: 'open', status: 'pending', incidentId: `northwind:${OUTAGE.from}` });
    expect(d?.attempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        statusCode: 500,
        error: 'HTTP 500',
        nextAttemptAt: new Date(first + 30_000).toISOString(),
      }),
    ]);
    const [slack] = receiver.received('/slack');
    const message = SlackPayloadSchema.parse(JSON.parse(slack?.body ?? ''));
    expect(message.text).toContain('Incident opened: Northwind Bank');
    expect(message.blocks.length).toBeGreaterThan(2);
    expect(slack?.headers['x-outcry-signature']).toBeUndefined();

    // Not due yet: nothing is sent before the backoff has passed.
    expect(await dispatcher.runOnce()).toBe(0);
    t.clock.advance(30_000);
    const second = t.clock.now();
    const sending = dispatcher.runOnce();
    await waitFor(() => receiver.hanging() === 1, 'the receiver to hang');
    // Ingest and the engine go on while the receiver hangs.
    const batch = between(POSTS, at, at + MINUTE);
    const ingest = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: batch });
    expect(ingest.body).toMatchObject({ accepted: batch.length });
    await engine.tick();
    expect(receiver.hanging()).toBe(1);
    expect(dispatcher.inFlight()).toBe(1);
    await sending;
    [d] = await deliveries(hookId);
    expect(d?.attempts[1]).toMatchObject({
      attempt: 2,
      statusCode: null,
      error: `timed out after ${TIMEOUT_MS} ms`,
      nextAttemptAt: new Date(second + 60_000).toISOString(),
    });

    t.clock.advance(60_000);
    const third = t.clock.now();
    expect(await dispatcher.runOnce()).toBe(1);
    [d] = await deliveries(hookId);
    expect(d).toMatchObject({ status: 'delivered', nextAttemptAt: null });
    expect(d?.attempts.map((a) => a.statusCode)).toEqual([500, null, 200]);
    expect(d?.attempts[2]?.nextAttemptAt).toBeNull();

    const got = receiver.received('/hook');
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.body)).size).toBe(1);
    expect(got.map((r) => Number(r.headers['x-outcry-timestamp']))).toEqual(
      [first, second, third].map((ms) => Math.floor(ms / 1000)),
    );
    for (const r of got) {
      expect(verifySignature(SECRET, r.body, String(r.headers['x-outcry-signature']))).toBe(true);
      expect(
        verifySignature('another-secret-of-length', r.body, String(r.headers['x-outcry-signature'])),
      ).toBe(false);
    }
    const payload = WebhookPayloadSchema.parse(JSON.parse(got[0]?.body ?? ''));
    expect(payload).toMatchObject({
      type: 'incident.open',
      deliveryId: d?.id,
      brand: { id: 'northwind', name: 'Northwind Bank' },
    });
    expect(payload.incident).toMatchObject({ id: `northwind:${OUTAGE.from}`, status: 'open' });

    // The same story in /metrics: two attempts to retry, two delivered (the hook and the Slack one).
    const metrics = (await call(send, 'GET', '/metrics')).text;
    expect(metrics).toContain('outcry_webhook_deliveries_total{outcome="retry"} 2');
    expect(metrics).toContain('outcry_webhook_deliveries_total{outcome="delivered"} 2');
  });

  it('never alerts twice for one event (a replay re-opens nothing), and alerts on resolve', async () => {
    // A late complaint for a minute already processed: the brand replays and re-detects the same open.
    const late = between(POSTS, OUTAGE.from + 2 * MINUTE, OUTAGE.from + 3 * MINUTE).map((p, i) => ({
      ...p,
      id: `late${i}`,
    }));
    const events = recordIncidentEvents(t);
    await t.pipeline.ingest(late);
    await engine.tick();
    expect(events.filter((e) => e.kind === 'open')).toHaveLength(1);
    await dispatcher.runOnce();
    expect((await deliveries(hookId)).map((d) => d.event)).toEqual(['open']);
    expect(receiver.received('/hook')).toHaveLength(3);

    const resolved = async () => (await t.store.listIncidents({ status: ['resolved'], limit: 1 })).length > 0;
    at = await runLive(
      t,
      engine,
      POSTS,
      { from: at + MINUTE, to: S + 11 * HOUR, stepMs: 10 * MINUTE },
      resolved,
    );
    await dispatcher.runOnce();
    const list = await deliveries(hookId);
    expect(list.map((d) => [d.event, d.status])).toEqual([
      ['resolve', 'delivered'],
      ['open', 'delivered'],
    ]);
    const resolve = WebhookPayloadSchema.parse(JSON.parse(receiver.received('/hook')[3]?.body ?? ''));
    expect(resolve).toMatchObject({ type: 'incident.resolve', incident: { status: 'resolved' } });
    expect(receiver.received('/slack').map((r) => SlackPayloadSchema.parse(JSON.parse(r.body)).text)).toEqual(
      [expect.stringContaining('Incident opened'), expect.stringContaining('Incident resolved')],
    );
  });
});
