import { describe, expect, it } from 'vitest';
import { createDetector, runDetector } from '../../../server/detect/detector';
import type { DetectorEvent, DetectorState } from '../../../server/detect/detector';
import { DAY, HOUR, MIN, daily, series } from './series';
import type { Point } from './series';

const det = createDetector(MIN);
const WARM = 7 * 1440; // a week of 1-minute buckets

function events(points: Point[]): DetectorEvent[] {
  return runDetector(det, points).results.flatMap((r) => r.events);
}

/** A week of seasonal traffic (mean 5/min), then `tail` minutes shaped by `shape(minute)`. */
function withTail(
  seed: number,
  tail: number,
  shape: (minute: number) => number,
): { points: Point[]; start: number } {
  const base = series(seed, WARM + tail, MIN, (t) => 5 * daily(t));
  const start = base[WARM]?.t ?? 0;
  const points = base.map((p, i) =>
    i < WARM ? p : { t: p.t, value: Math.round(p.value * shape(i - WARM)) },
  );
  return { points, start };
}

const kinds = (evs: DetectorEvent[]) => evs.map((e) => e.kind);

describe('detector', () => {
  it('stays quiet on a week of normal seasonal traffic', () => {
    const points = series(11, 2 * WARM, MIN, (t) => 5 * daily(t));
    expect(events(points).filter((e) => e.kind !== 'end')).toEqual([]);
  });

  it('fires once at the onset of a 10x step, stays quiet while it lasts, then ends', () => {
    const { points, start } = withTail(12, 8 * 60, (m) => (m < 180 ? 10 : 1));
    const evs = events(points);
    expect(kinds(evs)).toEqual(['onset', 'end']);
    const onset = evs[0];
    expect(onset?.t).toBeGreaterThanOrEqual(start);
    expect(onset?.t).toBeLessThanOrEqual(start + 2 * MIN);
    expect(onset?.episode.startT).toBeLessThanOrEqual(onset?.t ?? 0);
    const end = evs[1];
    // The excess is reported as over after its last clearly elevated bucket (the step's last minutes).
    expect(end?.episode.lastHotT).toBeGreaterThanOrEqual(start + 170 * MIN);
    expect(end?.episode.lastHotT).toBeLessThan(start + 180 * MIN);
  });

  it('fires on the very bucket of a 30x spike', () => {
    const { points, start } = withTail(13, 240, (m) => (m === 0 ? 30 : 1));
    const evs = events(points).filter((e) => e.kind === 'onset');
    expect(evs.map((e) => e.t)).toEqual([start]);
  });

  it('fires once on a ramp to 8x over two hours', () => {
    const { points, start } = withTail(14, 6 * 60, (m) => (m < 120 ? 1 + (7 * m) / 120 : m < 240 ? 8 : 1));
    const onsets = events(points).filter((e) => e.kind === 'onset');
    expect(onsets).toHaveLength(1);
    expect(onsets[0]?.t).toBeGreaterThan(start);
    expect(onsets[0]?.t).toBeLessThan(start + 120 * MIN);
  });

  it('escalates when a 4x excess grows to 40x', () => {
    const { points } = withTail(15, 6 * 60, (m) => (m < 60 ? 4 : m < 180 ? 40 : 1));
    expect(kinds(events(points))).toEqual(['onset', 'escalate', 'end']);
  });

  it('ignores a rise of 1.8x (a positive buzz leaking into complaints)', () => {
    const { points } = withTail(16, 6 * 60, (m) => (m < 180 ? 1.8 : 1));
    expect(events(points).filter((e) => e.kind !== 'end')).toEqual([]);
  });

  it('on a sparse series, alerts on a burst of complaints but not on the odd single one', () => {
    const quiet = series(17, 4 * 1440, MIN, () => 0.05);
    expect(events(quiet)).toEqual([]);
    const burst = quiet.map((p, i) => (i >= 3 * 1440 && i < 3 * 1440 + 5 ? { ...p, value: p.value + 4 } : p));
    const onsets = events(burst).filter((e) => e.kind === 'onset');
    expect(onsets).toHaveLength(1);
    expect(onsets[0]?.t).toBeLessThanOrEqual(burst[3 * 1440 + 4]?.t ?? 0);
  });

  it('does not alert on a brand-new series during its first hours', () => {
    const points = series(18, 120, MIN, () => 3).map((p, i) => (i === 60 ? { ...p, value: 80 } : p));
    expect(events(points)).toEqual([]);
  });

  it('gives the same events in one batch or bucket by bucket with a JSON round trip of the state', () => {
    const { points } = withTail(19, 6 * 60, (m) => (m < 60 ? 4 : m < 180 ? 40 : 1));
    const batch = runDetector(det, points).results;
    let state: DetectorState = det.initial();
    const incremental = points.map((p) => {
      const r = det.step(JSON.parse(JSON.stringify(state)) as DetectorState, p);
      state = r.state;
      return r;
    });
    expect(incremental.map((r) => [r.events, r.score, r.expected])).toEqual(
      batch.map((r) => [r.events, r.score, r.expected]),
    );
  });

  it('scores alert buckets >= 0.5 and every other bucket below', () => {
    const { points } = withTail(20, 6 * 60, (m) => (m < 60 ? 4 : m < 180 ? 40 : 1));
    for (const r of runDetector(det, points).results) {
      const alert = r.events.some((e) => e.kind === 'onset' || e.kind === 'escalate');
      expect(r.score >= 0.5).toBe(alert);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('skips buckets whose clock went back and ends an open excess across a long gap', () => {
    const { points, start } = withTail(21, 60, () => 10);
    const back = [...points, { t: start - DAY, value: 999 }];
    const { results } = runDetector(det, back);
    expect(results[results.length - 1]?.events).toEqual([]);
    const later = [...points, { t: start + 60 * MIN + 6 * HOUR, value: 5 }];
    const evs = events(later);
    expect(kinds(evs)).toEqual(['onset', 'end']);
  });

  it('on a bursty brand, once bursts are routine, alerts only on a bigger one', () => {
    const days = (seed: number) => {
      const week = series(seed, 10 * 1440, MIN, () => 5);
      // Daily 8x bursts of 40 minutes at 12:00 from day 4 on; on day 9 a 24x burst.
      const factor = (i: number) => {
        const day = Math.floor(i / 1440);
        const minute = i % 1440;
        if (day < 4 || minute < 720 || minute >= 760) return 1;
        return day === 9 ? 24 : 8;
      };
      const points = week.map((p, i) => ({ t: p.t, value: Math.round(p.value * factor(i)) }));
      const onsets = events(points).filter((e) => e.kind === 'onset');
      return onsets.map((e) => Math.floor((e.t - (points[0]?.t ?? 0)) / DAY));
    };
    // The first bursts are severe excesses on a brand that has not had many: they alert (a second
    // outage in a week must). From the fourth on they are routine, and only a bigger burst alerts.
    for (const seed of [22, 23, 24]) expect(days(seed)).toEqual([4, 5, 6, 9]);
  });

  it('asks a brand-new series for a larger excess than a settled one', () => {
    // The same 4x, 15-minute burst, on day 1 of a series and on day 10.
    const burst = (day: number) => {
      const pts = series(23, (day + 1) * 1440, MIN, () => 5);
      const from = day * 1440 + 600;
      return pts.map((p, i) => (i >= from && i < from + 15 ? { ...p, value: p.value * 4 } : p));
    };
    expect(events(burst(1)).filter((e) => e.kind === 'onset')).toHaveLength(0);
    expect(events(burst(10)).filter((e) => e.kind === 'onset')).toHaveLength(1);
  });
});
