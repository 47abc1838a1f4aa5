import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentEngine } from '../../server/incidents/engine';
import { StreamEventSchema } from '../../shared/events';
import { type Incident, IncidentDetailSchema, IncidentListSchema } from '../../shared/incident';
import { OverviewSchema } from '../../shared/overview';
import { NORTHWIND, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess, listen } from '../helpers/http';
import { type IncidentStreamEvent, recordIncidentEvents, runLive } from '../helpers/incident-run';
import { HOUR, MINUTE, between, outagePosts } from '../helpers/outage';
import { openSse } from '../helpers/sse';

const S = Date.parse('2026-03-02T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const OUTAGE = 'Northwind login down, error 503 [complaint] [neg] [cat:login]';
const SECOND = 'Northwind payments failing at checkout [complaint] [neg] [cat:payments]';
const FIRST = { from: S + 7 * HOUR, minutes: 30, perMinute: 40, text: OUTAGE };
const RENEWED = { from: S + 11 * HOUR, minutes: 15, perMinute: 20, text: SECOND };
const SURGE = { from: S + 11 * HOUR + 15 * MINUTE, minutes: 30, perMinute: 200, text: SECOND };
const POSTS = outagePosts(S, 12 * 60, [FIRST, RENEWED, SURGE]);
const isComplaint = (p: (typeof POSTS)[number]) => String(p.text).includes('[complaint]');

let t: TestApp;
let send: Send;
let engine: IncidentEngine;
let events: IncidentStreamEvent[];
/** Where live delivery has got to: every post created before this was ingested. */
let at = S;

beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND], now: S });
  send = inProcess(t.app);
  engine = t.engine;
  events = recordIncidentEvents(t);
});
afterAll(() => t.close());

async function list(query = ''): Promise<Incident[]> {
  const res = await call(send, 'GET', `/api/v1/incidents${query}`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return IncidentListSchema.parse(res.body).items;
}
const only = async (query = ''): Promise<Incident> => {
  const items = await list(query);
  expect(items).toHaveLength(1);
  return items[0] as Incident;
};
const brandState = async () => {
  const res = await call(send, 'GET', '/api/v1/overview');
  return OverviewSchema.parse(res.body).brands.find((b) => b.id === 'northwind')?.state;
};

describe('incidents from the live pipeline', () => {
  it('learns a quiet baseline without opening anything', async () => {
    at = await runLive(t, engine, POSTS, { from: at, to: FIRST.from, stepMs: 5 * MINUTE });
    expect(await list()).toEqual([]);
    expect(events).toEqual([]);
    // The overview's expected hour is the engine's learned baseline: 2-4 complaints a minute.
    const res = await call(send, 'GET', '/api/v1/overview');
    const nw = OverviewSchema.parse(res.body).brands.find((b) => b.id === 'northwind');
    expect(nw?.expectedLastHour).toBeGreaterThan(150);
    expect(nw?.expectedLastHour).toBeLessThan(210);
    expect(nw?.state).toBe('normal');
  });

  it('opens an incident within minutes of the outage, streamed and on the overview', async () => {
    const server = await listen(t.app);
    const sse = await openSse(`${server.url}/api/v1/stream`);
    try {
      const opened = () => events.some((e) => e.kind === 'open');
      at = await runLive(
        t,
        engine,
        POSTS,
        { from: at, to: FIRST.from + 20 * MINUTE, stepMs: MINUTE },
        opened,
      );
      expect(at).toBeLessThanOrEqual(FIRST.from + 15 * MINUTE);
      const inc = await only('?status=open,escalated');
      expect(inc).toMatchObject({
        id: `northwind:${FIRST.from}`,
        brand: 'northwind',
        status: 'open',
        endAt: null,
      });
      expect(inc.startAt).toBe(iso(FIRST.from));
      const streamed = StreamEventSchema.parse(JSON.parse((await sse.next('incident')).data));
      expect(streamed).toMatchObject({
        type: 'incident',
        kind: 'open',
        incident: { id: inc.id, status: 'open' },
      });
      expect(await brandState()).toBe('incident');
    } finally {
      sse.close();
      await server.close();
    }
  });

  it('reports the figures of the outage from its posts', async () => {
    at = await runLive(t, engine, POSTS, { from: at, to: FIRST.from + 35 * MINUTE, stepMs: MINUTE });
    const inc = await only('?brand=northwind');
    expect(inc.status).toBe('open');
    // 40 extra complaints a minute on top of the usual 2-4.
    expect(inc.peakComplaintsPerMinute).toBe(44);
    expect(inc.peakRatio).toBeGreaterThan(8);
    expect(inc.excessComplaints).toBeGreaterThan(0.9 * 1200);
    expect(inc.excessComplaints).toBeLessThan(1.1 * 1200);

    const window = between(POSTS, Date.parse(inc.startAt), Date.parse(inc.detailsUntil)).filter(isComplaint);
    expect(Date.parse(inc.detailsUntil)).toBeGreaterThanOrEqual(FIRST.from + 25 * MINUTE);
    expect(inc.complaints).toBe(window.length);
    expect(inc.uniqueAuthors).toBe(new Set(window.map((p) => p.author)).size);
    const login = window.filter((p) => String(p.text).includes('[cat:login]')).length;
    expect(inc.categories[0]).toEqual({
      category: 'login',
      complaints: login,
      share: Math.round((login / window.length) * 1000) / 1000,
    });

    const terms = inc.terms.map((x) => x.term);
    expect(terms).toEqual(expect.arrayContaining(['error 503']));
    expect(terms.some((x) => x.includes('northwind'))).toBe(false);
    const term = inc.terms.find((x) => x.term === 'error 503');
    expect(term?.baselinePosts).toBe(0);
    expect(term?.examples[0]?.text).toContain('error 503');

    const before = between(POSTS, FIRST.from - 6 * HOUR, FIRST.from);
    expect(inc.sentiment.baseline.posts).toBe(before.length);
    expect(inc.sentiment.worst?.meanSentiment ?? 0).toBeLessThan(inc.sentiment.baseline.meanSentiment ?? 0);
    expect(inc.sentiment.worst?.negativeShare ?? 0).toBeGreaterThan(0.9);
  });

  it('serves the incident with its minute series, expected level and band', async () => {
    const inc = await only();
    const res = await call(send, 'GET', `/api/v1/incidents/${encodeURIComponent(inc.id)}`);
    expect(res.status).toBe(200);
    const detail = IncidentDetailSchema.parse(res.body);
    expect(detail).toMatchObject({ id: inc.id, status: inc.status, peakComplaintsPerMinute: 44 });
    expect(detail.series.from).toBe(iso(FIRST.from - HOUR));
    const at = (ms: number) => detail.series.points.find((p) => p.t === iso(ms));
    const calm = at(FIRST.from - 10 * MINUTE);
    const peak = at(FIRST.from + 10 * MINUTE);
    const perMinute = (ms: number) => between(POSTS, ms, ms + MINUTE).filter(isComplaint).length;
    expect(calm?.complaints).toBe(perMinute(FIRST.from - 10 * MINUTE));
    expect(peak?.complaints).toBe(perMinute(FIRST.from + 10 * MINUTE));
    expect(calm?.expected ?? 0).toBeGreaterThan(1.5);
    expect(calm?.expected ?? 99).toBeLessThan(5);
    expect(peak?.expectedHigh ?? 99).toBeLessThan(peak?.complaints ?? 0);
    expect(detail.series.points.length).toBeGreaterThan(90);
  });

  it('resolves once the excess has been gone a while', async () => {
    const resolved = () => events.some((e) => e.kind === 'resolve');
    at = await runLive(t, engine, POSTS, { from: at, to: RENEWED.from, stepMs: 10 * MINUTE }, resolved);
    const inc = await only('?status=resolved');
    expect(inc.endAt).not.toBeNull();
    const end = Date.parse(inc.endAt ?? '');
    expect(end).toBeGreaterThanOrEqual(FIRST.from + 30 * MINUTE);
    expect(end).toBeLessThanOrEqual(FIRST.from + 60 * MINUTE);
    expect(inc.durationMs).toBe(end - FIRST.from);
    expect(await list('?status=open')).toEqual([]);
    expect(await brandState()).not.toBe('incident');
  });

  it('re-opens the same incident on a renewed spike', async () => {
    const reopened = () => events.some((e) => e.kind === 'reopen');
    at = await runLive(t, engine, POSTS, { from: at, to: SURGE.from, stepMs: MINUTE }, reopened);
    expect(at).toBeLessThan(SURGE.from);
    const inc = await only();
    expect(inc).toMatchObject({ id: `northwind:${FIRST.from}`, status: 'open', reopenCount: 1, endAt: null });
    expect(events.filter((e) => e.kind === 'open')).toHaveLength(1);
  });

  it('escalates when the renewed spike grows several-fold', async () => {
    const escalated = () => events.some((e) => e.kind === 'escalate');
    at = await runLive(
      t,
      engine,
      POSTS,
      { from: at, to: SURGE.from + 30 * MINUTE, stepMs: MINUTE },
      escalated,
    );
    expect(at).toBeLessThan(SURGE.from + 30 * MINUTE);
    const inc = await only('?status=escalated');
    expect(inc).toMatchObject({ id: `northwind:${FIRST.from}`, level: 1, reopenCount: 1 });
    expect(inc.peakComplaintsPerMinute).toBeGreaterThan(200);
    expect(events.find((e) => e.kind === 'escalate')?.incident.status).toBe('escalated');
    expect(await list('?status=open')).toEqual([]);
  });

  it('filters by time and rejects bad queries and unknown ids', async () => {
    expect(await list(`?to=${iso(FIRST.from)}`)).toEqual([]);
    expect(await list(`?from=${iso(S + 12 * HOUR)}`)).toHaveLength(1);
    expect(await list('?brand=harbor')).toEqual([]);
    expectError(await call(send, 'GET', '/api/v1/incidents?status=closed'), 400, 'validation_failed');
    expectError(
      await call(send, 'GET', `/api/v1/incidents?from=${iso(S + HOUR)}&to=${iso(S)}`),
      400,
      'validation_failed',
    );
    expectError(await call(send, 'GET', '/api/v1/incidents/northwind:1'), 404, 'not_found');
  });
});
