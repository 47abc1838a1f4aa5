import { describe, expect, it } from 'vitest';
import type { CommunicationReport } from '../../../shared/communication';
import type { Incident } from '../../../shared/incident';
import { liveClock } from '../../../client/lib/ack-meter';
import { communicationFigures, impactFigures } from '../../../client/lib/incident-headline';
import {
  formatMinutes,
  formatRatio,
  incidentDurationMs,
  normalPerMinute,
  topCategoryNames,
} from '../../../client/lib/incident-format';
import { ackView, silenceView } from '../../../client/lib/meter-text';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const MIN = 60_000;

const incident = {
  id: 'acme:1',
  startAt: '2026-03-01T08:00:00.000Z',
  endAt: '2026-03-01T09:46:00.000Z',
  peakComplaintsPerMinute: 18,
  peakRatio: 36,
  excessComplaints: 658.2,
  complaints: 670,
  uniqueAuthors: 653,
  categories: [
    { category: 'payments', complaints: 458, share: 0.68 },
    { category: 'cards', complaints: 523, share: 0.78 },
    { category: 'app', complaints: 10, share: 0.01 },
    { category: 'login', complaints: 12, share: 0.02 },
  ],
  sentiment: {
    baseline: { from: '', to: '', posts: 600, meanSentiment: 0.16, negativeShare: 0.19 },
    worst: { from: '', to: '', posts: 204, meanSentiment: -0.53, negativeShare: 0.86 },
  },
} as unknown as Incident;

describe('incident formatting', () => {
  it('reads durations, ratios and the normal level the way an executive says them', () => {
    expect([formatMinutes(45), formatMinutes(106), formatMinutes(120), formatMinutes(1500)]).toEqual([
      '45 min',
      '1 h 46 min',
      '2 h',
      '1 d 1 h',
    ]);
    expect([formatMinutes(null), formatMinutes(-1)]).toEqual(['–', '–']);
    expect([formatRatio(36), formatRatio(1.44), formatRatio(null)]).toEqual(['36×', '1.4×', '–']);
    expect(normalPerMinute(incident)).toBe(0.5);
    expect(incidentDurationMs(incident, 0)).toBe(106 * MIN);
    expect(incidentDurationMs({ ...incident, endAt: null }, T0 + 7 * MIN)).toBe(7 * MIN);
    expect(topCategoryNames(incident)).toEqual(['Cards & ATM', 'Payments & transfers', 'Login & access']);
  });
});

describe('headline figures', () => {
  it('states the impact with what it is compared against', () => {
    const byId = new Map(impactFigures(incident, 0).map((f) => [f.id, f]));
    expect(byId.get('duration')?.value).toBe('1 h 46 min');
    expect(byId.get('peak')).toMatchObject({
      value: '36×',
      note: '18 complaints/min vs 0.5 normal',
      tone: 'bad',
    });
    expect(byId.get('excess')?.value).toBe('658');
    expect(byId.get('people')?.value).toBe('653');
    expect(byId.get('sentiment')).toMatchObject({ value: '-0.53', note: '86% negative (usually 19%)' });
  });

  it('says "not measured" without communication figures, and judges them against the targets', () => {
    expect(communicationFigures(null).every((f) => f.value === '–')).toBe(true);
    const comm = {
      scorecard: {
        figures: {
          ackDelayMin: 95.4,
          ackTargetMin: 30,
          longestSilenceMin: 50,
          updateTargetMin: 60,
          statements: 3,
          calming: 0,
          backfired: 1,
          harmPosts: 4,
        },
      },
      waves: [{ failure: true, minutesAfterIncidentStart: 125 }],
    } as unknown as CommunicationReport;
    const byId = new Map(communicationFigures(comm).map((f) => [f.id, f]));
    expect(byId.get('ack')).toMatchObject({ value: '1 h 35 min', tone: 'bad' });
    expect(byId.get('silence')).toMatchObject({ value: '50 min', tone: 'warning' });
    expect(byId.get('backfired')).toMatchObject({ value: '1', tone: 'bad' });
    expect(byId.get('wave')).toMatchObject({ value: 'Second wave', tone: 'bad' });
    const calm = communicationFigures({
      ...comm,
      waves: [{ failure: false }],
    } as unknown as CommunicationReport);
    expect(calm.find((f) => f.id === 'wave')?.value).toBe('Renewed surge');
  });
});

describe('meter texts', () => {
  it('counts down to the acknowledgement target, then reports it as done', () => {
    const waiting = ackView(liveClock({ startMs: T0, endMs: null, statements: [], nowMs: T0 + 24.5 * MIN }));
    expect(waiting).toMatchObject({ minutes: 24, state: 'warning', status: '6 min left' });
    const late = ackView(liveClock({ startMs: T0, endMs: null, statements: [], nowMs: T0 + 41 * MIN }));
    expect(late).toMatchObject({ minutes: 41, state: 'overdue', status: 'Overdue by 11 min' });
    expect(
      silenceView(liveClock({ startMs: T0, endMs: null, statements: [], nowMs: T0 })).minutes,
    ).toBeNull();
  });

  it('measures the silence since the last statement', () => {
    const clock = liveClock({ startMs: T0, endMs: null, statements: [T0 + 10 * MIN], nowMs: T0 + 75 * MIN });
    expect(ackView(clock)).toMatchObject({ minutes: 10, status: 'Acknowledged in time' });
    expect(silenceView(clock)).toMatchObject({ minutes: 65, state: 'overdue', status: 'Overdue by 5 min' });
  });
});
