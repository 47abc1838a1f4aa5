import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommunicationReport, isStatementKind } from '../../shared/communication';
import type { Post } from '../../shared/post';
import { DEMO_BRANDS } from '../../server/demo/brands';
import { generateDemoPosts } from '../../server/demo/generate';
import {
  type Placement,
  postId,
  praiseBuzz,
  prematureFix,
  slowAckBackfire,
  wellHandled,
} from '../../server/demo/scenarios/index';
import {
  communicationReport,
  denseSeries,
  monitorSeries,
  splitPosts,
} from '../../server/detect/communication';
import type { Incident } from '../../server/detect/incident';
import { defaultScoreFn } from '../../server/ingest/score-fn';
import { type TestApp, createTestApp } from '../helpers/app';

/**
 * Every scenario of the library replayed through the real ingest path (validation, brand matching, the
 * real scorer, SQLite rollups), a week of everyday history first, then measured from what the store
 * returns and the live detector, and checked against the scenario's ground truth.
 * Tolerances: the acknowledging post identified to the minute; incident start, and so the acknowledgement
 * delay, within 3 min (the start is estimated from noisy per-minute counts); longest silence within 2 min;
 * second wave start within 10 min.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const MONDAY = Date.parse('2026-03-09T00:00:00Z');
const FROM = MONDAY - 7 * DAY;
const TO = MONDAY + 23 * HOUR;

const PLACEMENTS: Placement[] = [
  { scenario: slowAckBackfire, brand: 'northwind-bank', start: MONDAY + 15 * HOUR },
  { scenario: wellHandled, brand: 'harbor-pay', start: MONDAY + 15 * HOUR },
  { scenario: prematureFix, brand: 'zephyr-mobile', start: MONDAY + 14 * HOUR },
  { scenario: praiseBuzz, brand: 'zephyr-mobile', start: MONDAY - DAY + 15 * HOUR },
];

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({
    score: defaultScoreFn(),
    now: TO,
    brands: DEMO_BRANDS.map((b) => ({
      id: b.id,
      name: b.name,
      keywords: b.keywords,
      officialHandles: b.officialHandles,
    })),
  });
  for (let from = FROM; from < TO; from += 6 * HOUR) {
    const to = Math.min(TO, from + 6 * HOUR);
    const posts = DEMO_BRANDS.flatMap((b) => generateDemoPosts(b, PLACEMENTS, from, to));
    const result = await app.pipeline.ingest(posts);
    expect(result.rejected).toEqual([]);
  }
}, 180_000);

afterAll(async () => {
  await app?.close();
});

async function postsOf(brand: string, from: number, to: number): Promise<Post[]> {
  const out: Post[] = [];
  let cursor: string | undefined;
  do {
    const page = await app.store.listPosts({ brand, from, to, limit: 500, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

type Measured = {
  incidents: Incident<null>[];
  volumeIncidents: Incident<null>[];
  report: CommunicationReport | null;
};

async function measure(p: Placement): Promise<Measured> {
  const rows = await app.store.rollups({ brand: p.brand, from: FROM, to: TO, bucketMs: MIN });
  const complaints = monitorSeries(
    denseSeries(
      rows.map((r) => ({ t: r.t, value: r.complaints })),
      FROM,
      TO,
    ),
  );
  const volume = monitorSeries(
    denseSeries(
      rows.map((r) => ({ t: r.t, value: r.posts })),
      FROM,
      TO,
    ),
  );
  const near = (i: Incident<null>) => i.startT >= p.start - HOUR && i.startT <= p.start + 6 * HOUR;
  const incidents = complaints.incidents.filter(near);
  const volumeIncidents = volume.incidents.filter(near);
  const incident = incidents[0];
  if (!incident) return { incidents, volumeIncidents, report: null };
  const historyFrom = p.start - 8 * HOUR;
  const { official, public: posts } = splitPosts(await postsOf(p.brand, historyFrom, TO));
  const report = communicationReport({
    incident: { startT: incident.startT, endT: incident.endT },
    now: TO,
    official,
    posts,
    complaints: complaints.points.filter((x) => x.t >= historyFrom),
    historyFrom,
  });
  return { incidents, volumeIncidents, report };
}

const minutesFrom = (p: Placement, iso: string): number => (Date.parse(iso) - p.start) / MIN;

describe.each(PLACEMENTS.filter((p) => p.scenario.truth.incident))('scenario $scenario.id', (p) => {
  const truth = p.scenario.truth;
  const key = (id: string): string => id.replace(postId(p, ''), '');
  let m: Measured;
  let report: CommunicationReport;

  beforeAll(async () => {
    m = await measure(p);
    if (!m.report) throw new Error(`no complaint incident near ${p.scenario.id}`);
    report = m.report;
  });

  it('opens one complaint incident at the outage start, and alerts within minutes', () => {
    expect(m.incidents).toHaveLength(1);
    expect(Math.abs(minutesFrom(p, report.ack.startAt))).toBeLessThanOrEqual(3);
    // Early: the alert within 2 minutes of the excess becoming real, and within 5 of the true start.
    const inc = m.incidents[0];
    expect(((inc?.alertT ?? 0) - (inc?.startT ?? 0)) / MIN).toBeLessThanOrEqual(2);
    expect(((inc?.alertT ?? 0) - p.start) / MIN).toBeLessThanOrEqual(5);
  });

  it('measures the acknowledgement delay and the longest silence', () => {
    const ack = truth.ackDelayMin ?? 0;
    expect(isStatementKind(report.ack.firstAck?.kind ?? 'unknown')).toBe(true);
    expect(Math.abs(minutesFrom(p, report.ack.firstAck?.at ?? '') - ack)).toBeLessThanOrEqual(1);
    expect(report.ack.ackDelayMin).not.toBeNull();
    expect(Math.abs((report.ack.ackDelayMin ?? 0) - ack)).toBeLessThanOrEqual(3);
    expect(report.ack.ackLate).toBe((truth.ackDelayMin ?? 0) > 30);
    const longest = report.ack.cadence.longestGapMin ?? 0;
    expect(Math.abs(longest - (truth.longestSilenceMin ?? 0))).toBeLessThanOrEqual(2);
  });

  it('identifies the statements that backfired and those that calmed', () => {
    const by = (v: string) => report.impacts.filter((i) => i.verdict === v).map((i) => key(i.statement.id));
    expect(by('backfired').sort()).toEqual([...truth.backfired].sort());
    expect(by('calming')).toEqual(expect.arrayContaining([...truth.calming]));
  });

  it('flags the second wave near its true start, with the statement before it', () => {
    const failures = report.waves.filter((w) => w.failure);
    if (!truth.secondWave) {
      expect(failures).toEqual([]);
      return;
    }
    expect(failures).toHaveLength(1);
    const [wave] = failures;
    expect(Math.abs(minutesFrom(p, wave?.startAt ?? '') - truth.secondWave.startMin)).toBeLessThanOrEqual(10);
    expect(key(wave?.precededBy?.id ?? '')).toBe(truth.secondWave.precededBy);
  });

  it('checks every time promise and every "fixed" claim', () => {
    const promises = (s: string) =>
      report.promises.filter((x) => x.state === s).map((x) => key(x.statement.id));
    expect(promises('missed').sort()).toEqual([...truth.missedPromises].sort());
    expect(promises('kept').sort()).toEqual([...truth.keptPromises].sort());
    const claims = (s: string) =>
      report.fixClaims.filter((x) => x.state === s).map((x) => key(x.statement.id));
    expect(claims('contradicted').sort()).toEqual([...truth.contradictedFixClaims].sort());
    expect(claims('held').sort()).toEqual([...truth.heldFixClaims].sort());
  });

  it('puts the most shared hardship post first', () => {
    if (truth.topHarmPost === null) return;
    expect(key(report.harm.mostShared[0]?.id ?? '')).toBe(truth.topHarmPost);
    expect(report.harm.newest.every((h, i, all) => i === 0 || (all[i - 1]?.at ?? '') >= h.at)).toBe(true);
  });
});

describe('scenario praise-buzz (control)', () => {
  const p = PLACEMENTS.find((x) => x.scenario === praiseBuzz) as Placement;

  it('opens no complaint incident although the post volume bursts', async () => {
    const m = await measure(p);
    expect(m.incidents).toEqual([]);
    expect(m.volumeIncidents.length).toBeGreaterThan(0);
  });
});

describe('scorecards', () => {
  it('grade the well-handled outage above the badly handled ones and explain why', async () => {
    const [a, b, c] = await Promise.all(PLACEMENTS.slice(0, 3).map(measure));
    const card = (x: Measured | undefined) => x?.report?.scorecard;
    expect(card(b)?.grade).toBe('A');
    expect(['D', 'F']).toContain(card(a)?.grade);
    expect((card(c)?.points ?? 100) < (card(b)?.points ?? 0)).toBe(true);
    expect(card(a)?.verdict).toMatch(/^Acknowledged after 9\d min \(target 30\)\./);
    expect(card(a)?.verdict).toContain('1 statement backfired: "Sorry to hear that.');
    expect(card(a)?.verdict).toContain('Complaints about communication surged');
    expect(card(c)?.verdict).toMatch(/Claimed fixed at \d\d:\d\d UTC/);
  });
});
