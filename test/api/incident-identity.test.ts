import { afterAll, describe, expect, it } from 'vitest';
import { NORTHWIND, type TestApp, createTestApp } from '../helpers/app';
import { runLive } from '../helpers/incident-run';
import { HOUR, MINUTE, between, outagePosts } from '../helpers/outage';

const S = Date.parse('2026-03-02T00:00:00.000Z');
const EARLIER = S + 14 * HOUR; // an outage whose posts only arrive later (a backfill)
const LIVE = S + 20 * HOUR; // the outage the Live page is watching
const END = LIVE + 15 * MINUTE;
const LOGIN = 'Northwind login down, error 503 [complaint] [neg] [cat:login]';
const PAY = 'Northwind payments failing at checkout [complaint] [neg] [cat:payments]';
const POSTS = outagePosts(S, (END - S) / MINUTE, [
  { from: EARLIER, minutes: 30, perMinute: 40, text: PAY },
  { from: LIVE, minutes: 60, perMinute: 40, text: LOGIN },
]);
const isBackfill = (text: string, at: number) => text === PAY && at >= EARLIER && at < EARLIER + HOUR;
const BACKFILL = POSTS.filter((p) => isBackfill(p.text, Date.parse(String(p.createdAt))));
const ON_TIME = POSTS.filter((p) => !BACKFILL.includes(p));

const apps: TestApp[] = [];
afterAll(async () => {
  for (const a of apps) await a.close();
});
async function app(): Promise<TestApp> {
  const t = await createTestApp({ brands: [NORTHWIND], now: S });
  apps.push(t);
  return t;
}

describe('incident identity across re-analysis', () => {
  it('a backfill of an earlier outage neither renumbers the open incident nor moves its start', async () => {
    const t = await app();
    await runLive(t, t.engine, between(ON_TIME, S, LIVE - 2 * HOUR), {
      from: S,
      to: LIVE - 2 * HOUR,
      stepMs: 2 * HOUR,
    });
    await runLive(t, t.engine, ON_TIME, { from: LIVE - 2 * HOUR, to: END, stepMs: 5 * MINUTE });
    const before = await t.store.listIncidents({ limit: 10 });
    expect(before).toHaveLength(1);
    const live = before[0];
    expect(live?.status).toBe('open');

    await t.pipeline.ingest(BACKFILL);
    await t.engine.tick();
    const after = await t.store.listIncidents({ limit: 10 });
    const same = await t.store.getIncident(live?.id ?? '');
    expect(same?.status).toBe('open');
    expect(same?.startAt).toBe(live?.startAt);
    expect(same?.alertAt).toBe(live?.alertAt);
    // The earlier outage is an incident of its own, over by the time the live one began.
    const earlier = after.filter((i) => i.id !== live?.id);
    expect(earlier).toHaveLength(1);
    expect(earlier[0]?.status).toBe('resolved');
    expect(Date.parse(earlier[0]?.startAt ?? '')).toBeLessThan(EARLIER + 10 * MINUTE);
  });

  it('late posts from the first minutes of the open incident keep its id, and its start moves by minutes only', async () => {
    const t = await app();
    // The live outage's first 8 minutes of complaints arrive late, after the incident was alerted.
    const late = POSTS.filter((p) => {
      const at = Date.parse(String(p.createdAt));
      return p.text === LOGIN && at >= LIVE && at < LIVE + 8 * MINUTE;
    });
    const onTime = POSTS.filter((p) => !late.includes(p) && !BACKFILL.includes(p));
    await runLive(t, t.engine, between(onTime, S, LIVE - 2 * HOUR), {
      from: S,
      to: LIVE - 2 * HOUR,
      stepMs: 2 * HOUR,
    });
    await runLive(t, t.engine, onTime, { from: LIVE - 2 * HOUR, to: END, stepMs: 5 * MINUTE });
    const [live] = await t.store.listIncidents({ limit: 10 });
    expect(live?.status).toBe('open');
    expect(Date.parse(live?.startAt ?? '')).toBeGreaterThanOrEqual(LIVE + 8 * MINUTE);

    await t.pipeline.ingest(late);
    await t.engine.tick();
    const after = await t.store.listIncidents({ limit: 10 });
    expect(after.map((i) => i.id)).toEqual([live?.id]);
    // The posts really belong to it: its start moves back to where the complaints began, no further.
    const moved = Date.parse(live?.startAt ?? '') - Date.parse(after[0]?.startAt ?? '');
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThanOrEqual(10 * MINUTE);
  });
});
