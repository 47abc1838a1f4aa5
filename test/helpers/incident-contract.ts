import { expect, it } from 'vitest';
import type { Incident } from '../../shared/incident';
import type { NewDelivery } from '../../server/store/incident-types';
import type { Store } from '../../server/store/types';
import { StoreConflictError } from '../../server/store/types';
import { incident, webhook } from './incident-fixtures';
import { T0, newPost, score, seedBrands } from './store-fixtures';

const MIN = 60_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

const delivery = (webhookId: string, key: string, at: number): NewDelivery => ({
  id: `${webhookId}/${key}`,
  webhookId,
  eventKey: key,
  event: 'open',
  incidentId: `acme:${at}`,
  body: JSON.stringify({ key }),
  createdAt: at,
});

/** Incident, monitor and webhook cases of the store contract; `store()` is the store under test. */
export function incidentContract(store: () => Store, another: () => Store): void {
  it('upserts, lists (overlap, brand, status, newest first, limit) and gets incidents', async () => {
    const s = store();
    const a1 = incident('acme', T0, { status: 'resolved', endAt: iso(T0 + HOUR) });
    const a2 = incident('acme', T0 + 3 * HOUR, { status: 'escalated', level: 1 });
    const g1 = incident('globex', T0 + 2 * HOUR);
    await s.upsertIncidents([a1, a2, g1]);
    const ids = (xs: Incident[]) => xs.map((i) => i.id);
    expect(ids(await s.listIncidents({ limit: 10 }))).toEqual([a2.id, g1.id, a1.id]);
    expect(ids(await s.listIncidents({ brand: 'acme', limit: 10 }))).toEqual([a2.id, a1.id]);
    expect(ids(await s.listIncidents({ status: ['open', 'escalated'], limit: 10 }))).toEqual([a2.id, g1.id]);
    expect(ids(await s.listIncidents({ from: T0 + HOUR, limit: 10 }))).toEqual([a2.id, g1.id]);
    expect(ids(await s.listIncidents({ from: T0 + 30 * MIN, to: T0 + 2 * HOUR, limit: 10 }))).toEqual([
      a1.id,
    ]);
    expect(ids(await s.listIncidents({ limit: 1 }))).toEqual([a2.id]);
    expect(await s.getIncident(a2.id)).toEqual(a2);
    expect(await s.getIncident('acme:0')).toBeNull();
    const resolved = { ...a2, status: 'resolved' as const, endAt: iso(T0 + 4 * HOUR) };
    await s.upsertIncidents([resolved]);
    expect(await s.getIncident(a2.id)).toEqual(resolved);
    expect(await another().getIncident(a2.id)).toEqual(resolved);
  });

  it("replaces a brand's incidents alerted from a time on, and only those", async () => {
    const s = store();
    const early = incident('acme', T0);
    const late = incident('acme', T0 + 2 * HOUR);
    const other = incident('globex', T0 + 2 * HOUR);
    await s.upsertIncidents([early, late, other]);
    const redone = incident('acme', T0 + 2 * HOUR + 5 * MIN);
    const earlyNow = { ...early, status: 'resolved' as const, endAt: iso(T0 + HOUR) };
    await s.replaceIncidents('acme', T0 + HOUR, [earlyNow, redone]);
    const all = await s.listIncidents({ limit: 10 });
    expect(all.map((i) => i.id).sort()).toEqual([early.id, redone.id, other.id].sort());
    expect(await s.getIncident(early.id)).toEqual(earlyNow);
  });

  it('counts distinct authors of a brand over a window, optionally complaints only', async () => {
    const c = score({ complaint: true });
    await seedBrands(store());
    await store().insertPosts([
      newPost({ id: '1', author: 'ann', createdAt: T0, score: c }),
      newPost({ id: '2', author: 'ann', createdAt: T0 + MIN, score: c }),
      newPost({ id: '3', author: 'bob', createdAt: T0 + 2 * MIN, score: c }),
      newPost({ id: '4', author: 'cy', createdAt: T0 + 3 * MIN }),
      newPost({ id: '5', author: 'dee', createdAt: T0 + HOUR, score: c }),
      newPost({ id: '6', author: 'eve', createdAt: T0, brands: ['globex'], score: c }),
    ]);
    const q = { brand: 'acme', from: T0, to: T0 + HOUR };
    expect(await store().countAuthors(q)).toBe(3);
    expect(await store().countAuthors({ ...q, complaint: true })).toBe(2);
    expect(await store().countAuthors({ ...q, to: T0 + 2 * HOUR, complaint: true })).toBe(3);
    expect(await store().countAuthors({ ...q, brand: 'nobody' })).toBe(0);
  });

  it('keeps monitor state, rewind marks (earliest wins, cleared only if unchanged) and checkpoints', async () => {
    const s = store();
    expect(await s.getMonitor('acme')).toBeNull();
    await s.markMonitorRewind('acme', T0 + 10 * MIN);
    await s.markMonitorRewind('acme', T0 + 5 * MIN);
    await s.markMonitorRewind('acme', T0 + 20 * MIN);
    expect(await s.getMonitor('acme')).toEqual({
      brand: 'acme',
      origin: null,
      cursor: null,
      state: null,
      rewindFrom: T0 + 5 * MIN,
      rewindSeq: 3,
    });
    const save = {
      brand: 'acme',
      origin: T0 - HOUR,
      cursor: T0 + HOUR,
      state: '{"s":1}',
      consumedSeq: 2,
      checkpoints: [0, 1, 2].map((h) => ({ t: T0 - HOUR + h * HOUR, state: `cp${h}` })),
      dropCheckpointsFrom: null,
      pruneCheckpointsBefore: T0 - 2 * HOUR,
    };
    await s.saveMonitor(save);
    expect(await s.getMonitor('acme')).toMatchObject({ cursor: T0 + HOUR, rewindFrom: T0 + 5 * MIN });
    await s.saveMonitor({ ...save, consumedSeq: 3, checkpoints: [] });
    expect(await another().getMonitor('acme')).toMatchObject({
      state: '{"s":1}',
      rewindFrom: null,
      rewindSeq: 3,
    });
    expect(await s.monitorCheckpoint('acme', T0 + 30 * MIN)).toEqual({ t: T0, state: 'cp1' });
    expect(await s.monitorCheckpoint('acme', T0 - 2 * HOUR)).toBeNull();
    await s.saveMonitor({
      ...save,
      consumedSeq: 3,
      checkpoints: [],
      dropCheckpointsFrom: T0,
      pruneCheckpointsBefore: T0 - HOUR,
    });
    expect(await s.monitorCheckpoint('acme', T0 + 2 * HOUR)).toEqual({ t: T0 - HOUR, state: 'cp0' });
    await s.saveMonitor({ ...save, consumedSeq: 3, checkpoints: [], pruneCheckpointsBefore: T0 });
    expect(await s.monitorCheckpoint('acme', T0 + 2 * HOUR)).toBeNull();
    await s.deleteMonitor('acme');
    expect(await s.getMonitor('acme')).toBeNull();
  });

  it('creates, lists, patches and deletes webhooks; a duplicate id conflicts', async () => {
    const s = store();
    await s.createWebhook(webhook('w1'));
    await s.createWebhook(
      webhook('w2', { createdAt: T0 + 1, format: 'slack', secret: null, brands: ['acme'] }),
    );
    await expect(s.createWebhook(webhook('w1'))).rejects.toBeInstanceOf(StoreConflictError);
    expect(await s.listWebhooks()).toEqual([
      webhook('w1'),
      webhook('w2', { createdAt: T0 + 1, format: 'slack', secret: null, brands: ['acme'] }),
    ]);
    const patched = await s.updateWebhook('w1', {
      enabled: false,
      secret: null,
      name: null,
      events: ['resolve'],
      updatedAt: T0 + 5,
    });
    expect(patched).toEqual(
      webhook('w1', { enabled: false, secret: null, name: null, events: ['resolve'], updatedAt: T0 + 5 }),
    );
    expect(await another().getWebhook('w1')).toEqual(patched);
    expect(await s.updateWebhook('nope', { enabled: true })).toBeNull();
    expect(await s.deleteWebhook('w1')).toBe(true);
    expect(await s.deleteWebhook('w1')).toBe(false);
    expect(await s.getWebhook('w1')).toBeNull();
  });

  it('queues deliveries once per event key, claims due ones under a lease, logs attempts', async () => {
    const s = store();
    await s.createWebhook(webhook('w1'));
    expect(await s.enqueueDeliveries([delivery('w1', 'a', T0), delivery('w1', 'b', T0 + 1)])).toBe(2);
    expect(await s.enqueueDeliveries([delivery('w1', 'a', T0 + 2), delivery('w1', 'c', T0 + 2)])).toBe(1);
    expect(await s.claimDeliveries(T0 - 1, 10, 1000)).toEqual([]);
    const first = await s.claimDeliveries(T0 + 5, 2, 1000);
    expect(first.map((d) => d.id)).toEqual(['w1/a', 'w1/b']);
    expect(first[0]).toMatchObject({ webhookId: 'w1', event: 'open', attempts: 0, body: '{"key":"a"}' });
    expect((await another().claimDeliveries(T0 + 5, 10, 1000)).map((d) => d.id)).toEqual(['w1/c']);
    expect(await s.claimDeliveries(T0 + 500, 10, 1000)).toEqual([]);
    const retry = {
      deliveryId: 'w1/a',
      attempt: 1,
      at: T0 + 10,
      statusCode: 503,
      error: 'HTTP 503',
      durationMs: 12.5,
    };
    await s.recordAttempt({ ...retry, status: 'pending', nextAttemptAt: T0 + 2000 });
    await s.recordAttempt({
      ...retry,
      deliveryId: 'w1/b',
      statusCode: 200,
      error: null,
      status: 'delivered',
      nextAttemptAt: null,
    });
    expect((await s.claimDeliveries(T0 + 1999, 10, 1000)).map((d) => d.id)).toEqual(['w1/c']);
    const again = await s.claimDeliveries(T0 + 2000, 10, 1000);
    expect(again.map((d) => [d.id, d.attempts])).toEqual([['w1/a', 1]]);
    const list = await s.listDeliveries({ webhookId: 'w1', limit: 10 });
    expect(list.map((d) => [d.id, d.status])).toEqual([
      ['w1/c', 'pending'],
      ['w1/b', 'delivered'],
      ['w1/a', 'pending'],
    ]);
    expect(list[2]?.attempts).toEqual([
      {
        attempt: 1,
        at: iso(T0 + 10),
        statusCode: 503,
        error: 'HTTP 503',
        durationMs: 12.5,
        nextAttemptAt: iso(T0 + 2000),
      },
    ]);
    expect(
      (await s.listDeliveries({ webhookId: 'w1', status: 'delivered', limit: 10 })).map((d) => d.id),
    ).toEqual(['w1/b']);
    expect(await s.deleteWebhook('w1')).toBe(true);
    expect(await s.listDeliveries({ webhookId: 'w1', limit: 10 })).toEqual([]);
  });
}
