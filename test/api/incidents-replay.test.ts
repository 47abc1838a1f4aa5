import { afterAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../shared/incident';
import type { PostInputRaw } from '../../shared/post';
import { NORTHWIND, type TestApp, createTestApp } from '../helpers/app';
import { runLive } from '../helpers/incident-run';
import { HOUR, MINUTE, between, outagePosts } from '../helpers/outage';

const S = Date.parse('2026-03-02T00:00:00.000Z');
const END = S + 10 * HOUR + 30 * MINUTE;
const LOGIN = 'Northwind login down, error 503 [complaint] [neg] [cat:login]';
const PAY = 'Northwind payments failing at checkout [complaint] [neg] [cat:payments]';
const POSTS = outagePosts(S, (END - S) / MINUTE, [
  { from: S + 6 * HOUR + 30 * MINUTE, minutes: 30, perMinute: 40, text: LOGIN },
  { from: S + 10 * HOUR, minutes: 30, perMinute: 100, text: PAY },
]);
// A short re-open window, so the second outage is an incident of its own.
const OPTIONS = { monitor: { reopenMs: 30 * MINUTE } };
const apps: TestApp[] = [];

afterAll(async () => {
  for (const a of apps) await a.close();
});

async function app(now: number): Promise<TestApp> {
  const t = await createTestApp({ brands: [NORTHWIND], now, engine: OPTIONS });
  apps.push(t);
  return t;
}

async function ingestAll(t: TestApp, posts: readonly PostInputRaw[]): Promise<void> {
  for (let i = 0; i < posts.length; i += 2500) await t.pipeline.ingest(posts.slice(i, i + 2500));
}

/** The incidents after one import of every post and a single tick at the end. */
async function imported(): Promise<Incident[]> {
  const t = await app(END + 31_000);
  await ingestAll(t, POSTS);
  await t.engine.tick();
  return t.store.listIncidents({ limit: 10 });
}

/** Everything the detector decides (the post-derived figures of an open incident lag by design). */
const detected = (i: Incident) => {
  const { complaints, uniqueAuthors, sentiment, categories, terms, examples, sample, detailsUntil, ...rest } =
    i;
  return rest;
};

describe('replay: importing history gives the same incidents as receiving it live', () => {
  it('live delivery with late posts and a restart equals one import', async () => {
    const expected = await imported();
    expect(expected.map((i) => i.status)).toEqual(['open', 'resolved']);

    let t = await app(S);
    let engine = t.engine;
    // Ten minutes of the first outage arrive 20 minutes late, after their minutes were processed.
    const lateFrom = S + 6 * HOUR + 35 * MINUTE;
    const late = between(POSTS, lateFrom, lateFrom + 10 * MINUTE);
    const onTime = POSTS.filter((p) => !late.includes(p));
    let at = await runLive(t, engine, onTime, { from: S, to: lateFrom + 20 * MINUTE, stepMs: 5 * MINUTE });
    await t.pipeline.ingest(late);
    await engine.tick();
    // A restart: a new runtime continues from the state stored by the old one.
    t = await t.restart();
    apps.push(t);
    engine = t.engine;
    at = await runLive(t, engine, onTime, { from: at, to: END, stepMs: 5 * MINUTE });
    expect(at).toBe(END);

    const live = await t.store.listIncidents({ limit: 10 });
    expect(live.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    expect(live[1]).toEqual(expected[1]);
    expect(live.map(detected)).toEqual(expected.map(detected));
  });

  it('importing earlier history into a live brand replays it from the start', async () => {
    const expected = await imported();
    const t = await app(S);
    const engine = t.engine;
    const cut = S + 4 * HOUR;
    // Live from 04:00 only: too little history to alert on the first outage.
    await runLive(t, engine, between(POSTS, cut, END), { from: cut, to: END, stepMs: 10 * MINUTE });
    const before = await t.store.listIncidents({ limit: 10 });
    expect(before.length).toBeLessThan(expected.length);

    await ingestAll(t, between(POSTS, S, cut));
    await engine.tick();
    expect(await t.store.listIncidents({ limit: 10 })).toEqual(expected);
  });
});

describe('history of any age', () => {
  const DAY = 24 * HOUR;
  const importedAt = async (now: number): Promise<Incident[]> => {
    const t = await app(now);
    await ingestAll(t, POSTS);
    await t.engine.tick();
    return t.store.listIncidents({ limit: 10 });
  };

  it('an archive imported a year after the outage gives the incidents it gave the day after', async () => {
    const dayAfter = await importedAt(END + DAY + 31_000);
    expect(dayAfter.map((i) => i.status)).toEqual(['resolved', 'resolved']);
    const yearAfter = await importedAt(END + 365 * DAY + 31_000);
    expect(yearAfter).toEqual(dayAfter);
    // Resolved where the data says (two calm hours after the excess), not when the import ran.
    for (const i of yearAfter) expect(Date.parse(i.updatedAt)).toBeLessThan(END + 4 * HOUR);
  });
});
