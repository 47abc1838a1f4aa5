import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BRANDS } from '../../server/demo/brands';
import { generateDemoPosts } from '../../server/demo/generate';
import { type Placement, postId, slowAckBackfire } from '../../server/demo/scenarios/index';
import { defaultScoreFn } from '../../server/ingest/score-fn';
import { IncidentListSchema } from '../../shared/incident';
import { IncidentReportSchema } from '../../shared/report';
import { type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';

/**
 * The executive report end to end: the slow-acknowledgement scenario (a tone-deaf reply, a second wave)
 * goes through the real ingest path and the incident engine, and the report endpoint tells its story in
 * numbers and in Markdown. Tolerances as in scenarios.test.ts: acknowledgement within 3 minutes.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const MONDAY = Date.parse('2026-03-09T00:00:00Z');
const FROM = MONDAY - 2 * 24 * HOUR;
const TO = MONDAY + 22 * HOUR;
const PLACED: Placement = { scenario: slowAckBackfire, brand: 'northwind-bank', start: MONDAY + 15 * HOUR };
const truth = slowAckBackfire.truth;

let app: TestApp;
let send: Send;
let incidentId: string;

beforeAll(async () => {
  const northwind = DEMO_BRANDS.filter((b) => b.id === 'northwind-bank');
  app = await createTestApp({
    score: defaultScoreFn(),
    now: TO,
    brands: northwind.map((b) => ({
      id: b.id,
      name: b.name,
      keywords: b.keywords,
      officialHandles: b.officialHandles,
    })),
  });
  send = inProcess(app.app);
  for (let from = FROM; from < TO; from += 6 * HOUR) {
    const posts = northwind.flatMap((b) =>
      generateDemoPosts(b, [PLACED], from, Math.min(TO, from + 6 * HOUR)),
    );
    await app.pipeline.ingest(posts);
  }
  await app.engine.tick();
  const res = await call(send, 'GET', '/api/v1/incidents?brand=northwind-bank');
  const near = IncidentListSchema.parse(res.body).items.filter(
    (i) => Math.abs(Date.parse(i.startAt) - PLACED.start) < HOUR,
  );
  expect(near).toHaveLength(1);
  incidentId = near[0]?.id ?? '';
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('GET /api/v1/incidents/:id/report', () => {
  it('gives the headline figures and the communication scorecard', async () => {
    const res = await call(send, 'GET', `/api/v1/incidents/${encodeURIComponent(incidentId)}/report`);
    expect(res.status).toBe(200);
    const r = IncidentReportSchema.parse(res.body);
    expect(r.brandName).toBe('Northwind Bank');
    const ack = r.headline.ackDelayMin ?? Number.NaN;
    expect(Math.abs(ack - (truth.ackDelayMin ?? 0))).toBeLessThanOrEqual(3);
    expect(r.headline.backfired).toBeGreaterThanOrEqual(1);
    expect(r.communication.impacts.find((i) => i.verdict === 'backfired')?.statement.id).toBe(
      postId(PLACED, 'borrow-reply'),
    );
    expect(r.headline.secondWave).toBe(true);
    expect(r.headline.harmPosts).toBeGreaterThan(0);
    expect(r.headline.peopleAffected).toBeGreaterThan(20);
    expect(['D', 'F']).toContain(r.headline.grade);
  });

  it('the detail carries the same communication figures', async () => {
    const res = await call(send, 'GET', `/api/v1/incidents/${encodeURIComponent(incidentId)}`);
    expect(res.status).toBe(200);
    const body = res.body as { communication?: { ack: { ackDelayMin: number | null } } };
    expect(body.communication?.ack.ackDelayMin).not.toBeNull();
  });

  it('renders Markdown for a post-mortem', async () => {
    const res = await call(
      send,
      'GET',
      `/api/v1/incidents/${encodeURIComponent(incidentId)}/report?format=md`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(res.text).toMatch(/^# Northwind Bank: incident from 2026-03-09 15:\d\d UTC/);
    expect(res.text).toMatch(/\| Time to acknowledge \| 1 h 3\d min \(target 30 min\) \|/);
    expect(res.text).toContain('| Second wave / renewed surge | Second wave |');
    expect(res.text).toMatch(/\*\*backfired\*\*: ".*borrow/i);
  });

  it('answers 404 for an unknown incident and 400 for an unknown format', async () => {
    expect((await call(send, 'GET', '/api/v1/incidents/nope/report')).status).toBe(404);
    expect(
      (await call(send, 'GET', `/api/v1/incidents/${encodeURIComponent(incidentId)}/report?format=pdf`))
        .status,
    ).toBe(400);
  });
});
