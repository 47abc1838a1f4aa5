import { describe, expect, it } from 'vitest';
import {
  type CommMinute,
  communicationSeries,
  communicationWaves,
  isCommunicationComplaint,
} from '../../../server/detect/communication';
import { COMM, COMPLAINT, at, minutesOf, official, pub } from './fixtures';

/** Deterministic counts for a fractional rate: the same spreading as fixtures.crowd. */
const spread = (rate: (m: number) => number) => {
  let carry = 0.5;
  return (m: number): number => {
    carry += rate(m);
    const n = Math.floor(carry);
    carry -= n;
    return n;
  };
};

/** Eight hours of history (minutes -480..0), an outage from 0, `comm` and `all` complaints per minute. */
function build(all: (m: number) => number, comm: (m: number) => number, toMin = 400): CommMinute[] {
  const a = spread(all);
  const c = spread(comm);
  const out: CommMinute[] = [];
  for (let m = -480; m < toMin; m++) {
    const x = c(m);
    out.push({ t: at(m), comm: x, complaints: a(m) + x });
  }
  return out;
}

const outage = (m: number) => (m >= 0 && m < 240 ? 6 : 0.3);
const usual = (m: number) => (m >= 0 && m < 240 ? 0.02 : 0.02);
const incident = { startT: at(0), endT: at(240) };

describe('isCommunicationComplaint', () => {
  it.each([
    [{ complaint: false, categories: ['communication'] }, true, false],
    [{ complaint: true, categories: [] }, true, false],
    [{ complaint: true, categories: ['communication'] }, true, true],
    [{ complaint: true, categories: ['customer_service', 'communication'] }, true, true],
    [{ complaint: true, categories: ['app', 'communication'] }, true, false],
    [{ complaint: true, categories: ['app', 'communication'] }, false, true],
    [{ complaint: true, categories: ['app'] }, false, false],
  ])('%j exclusive=%s -> %s', (post, exclusive, expected) => {
    expect(isCommunicationComplaint(post, undefined, exclusive)).toBe(expected);
  });
});

describe('communicationSeries', () => {
  it('counts every minute of [from, to), empty ones as zeros', () => {
    const posts = [
      pub('a', 0.5, COMPLAINT),
      pub('b', 0.7, COMM),
      pub('c', 2.1, COMM),
      pub('d', 2.2, { categories: ['communication'] }),
      pub('e', 5, COMM),
    ];
    const s = communicationSeries(posts, at(0), at(4));
    expect(s.map((m) => [minutesOf(new Date(m.t).toISOString()), m.complaints, m.comm])).toEqual([
      [0, 2, 1],
      [1, 0, 0],
      [2, 1, 1],
      [3, 0, 0],
    ]);
  });
});

describe('communicationWaves', () => {
  it('flags a surge after a statement as a communication failure, near its true start', () => {
    const series = build(outage, (m) => (m >= 125 && m < 200 ? 3 : usual(m)));
    const reply = official('reply', 123, 'Could you borrow from friends and family?', 'customer-1');
    const waves = communicationWaves(series, incident, [official('ack', 90), reply], at(400));
    const failures = waves.filter((w) => w.failure);
    expect(failures).toHaveLength(1);
    const [w] = failures;
    expect(Math.abs((minutesOf(w?.startAt) ?? 0) - 125)).toBeLessThanOrEqual(3);
    expect(w?.precededBy).toMatchObject({ id: 'reply', kind: 'reply' });
    expect(w?.minutesAfterStatement).toBeGreaterThanOrEqual(0);
    expect(w?.share).toBeGreaterThan(0.2);
  });

  it('does not call it a failure when communication complaints only grow with the outage', () => {
    const series = build(outage, (m) => outage(m) * 0.1);
    const waves = communicationWaves(series, incident, [], at(400));
    expect(waves.filter((w) => w.failure)).toEqual([]);
  });

  it('finds no wave without a surge, and ignores one before the incident', () => {
    expect(communicationWaves(build(outage, usual), incident, [], at(400))).toEqual([]);
    const early = build(outage, (m) => (m >= -60 && m < -20 ? 3 : usual(m)));
    expect(communicationWaves(early, incident, [], at(400)).filter((w) => w.failure)).toEqual([]);
  });

  it('looks for waves up to the given time after the end, with no statement before it', () => {
    const late = build(outage, (m) => (m >= 300 && m < 360 ? 3 : usual(m)));
    const [w] = communicationWaves(late, incident, [], at(400));
    expect(w).toMatchObject({ failure: true, precededBy: null, minutesAfterStatement: null });
    expect(communicationWaves(late, incident, [], at(400), { afterMin: 30 })).toEqual([]);
  });

  it('needs enough communication complaints', () => {
    const few = build(outage, (m) => (m >= 125 && m < 128 ? 2 : usual(m)));
    expect(communicationWaves(few, incident, [], at(400)).filter((w) => w.failure)).toEqual([]);
  });
});
