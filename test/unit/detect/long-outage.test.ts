import { describe, expect, it } from 'vitest';
import { expectedBand } from '../../../server/detect/baseline';
import { NO_AGGREGATES } from '../../../server/detect/incident';
import type { Incident, IncidentEventKind } from '../../../server/detect/incident';
import { createMonitor } from '../../../server/detect/monitor';
import { DAY, HOUR, MIN, T0, daily, poisson, rng } from './series';
import type { Point } from './series';

/**
 * Long outages through the monitor as the live engine runs it (1-minute complaint counts per brand). A
 * long outage is one incident that stays open while complaints are still well above the pre-incident
 * normal, ends at the minute the excess stopped and resolves only after two calm hours. The brands are
 * young (two days of history) and quiet, as most are: the baseline must not learn the outage as normal.
 */

const HISTORY = 2 * 1440;
const QUIET = 2 * HOUR;
const SEEDS = [1, 2, 3];

type Run = { kinds: IncidentEventKind[]; incident: Incident<null> | null; start: number; openUntil: number };

/** `history` minutes of Poisson(base), then `tail` minutes of Poisson(base x shape(minute)). */
function outage(
  seed: number,
  base: (t: number) => number,
  shape: (minute: number) => number,
  tail: number,
  history = HISTORY,
): { points: Point[]; start: number } {
  const r = rng(seed);
  const start = T0 + history * MIN;
  const points = Array.from({ length: history + tail }, (_, i) => {
    const t = T0 + i * MIN;
    return { t, value: poisson(r, base(t) * (i < history ? 1 : shape(i - history))) };
  });
  return { points, start };
}

/** Runs the monitor; `openUntil` is the first minute (from the start) at which the incident was no longer open. */
function monitor({ points, start }: { points: Point[]; start: number }): Run {
  const m = createMonitor<null, never>(MIN, NO_AGGREGATES, { key: 'acme' });
  let state = m.initial();
  const kinds: IncidentEventKind[] = [];
  let openUntil = Number.NaN;
  for (const p of points) {
    const r = m.step(state, p);
    state = r.state;
    kinds.push(...r.incidentEvents.filter((e) => e.kind !== 'update').map((e) => e.kind));
    const inc = state.incidents.incident;
    if (inc && inc.status !== 'open' && Number.isNaN(openUntil)) openUntil = (p.t - start) / MIN;
  }
  return { kinds, incident: state.incidents.incident, start, openUntil };
}

const minutes = (run: Run, t: number | null | undefined) => ((t ?? Number.NaN) - run.start) / MIN;
/** A quiet brand: 1 complaint a minute on average, 0.4-1.6 over the day; the outage starts at 09:00. */
const quiet = (t: number) => daily(t + 9 * HOUR);

describe('a long outage is one incident until complaints are back to normal', () => {
  it.each([6, 20])('a 4-hour plateau at %ix: open throughout, ended at its last minute', (factor) => {
    for (const seed of SEEDS) {
      const run = monitor(outage(seed, quiet, (m) => (m < 240 ? factor : 1), 10 * 60));
      expect(run.kinds).toEqual(['open', 'resolve']);
      expect(minutes(run, run.incident?.startT)).toBeLessThanOrEqual(5);
      expect(run.openUntil).toBeGreaterThanOrEqual(240 + 115);
      expect(minutes(run, run.incident?.endT)).toBeGreaterThanOrEqual(238);
      expect(minutes(run, run.incident?.endT)).toBeLessThanOrEqual(250);
      // Resolved after two calm hours, not before.
      expect((run.incident?.resolvedT ?? 0) - (run.incident?.endT ?? 0)).toBeGreaterThanOrEqual(QUIET - MIN);
    }
  });

  it('a slowly decaying tail keeps it open until complaints are back near normal', () => {
    // 10x for an hour, then the excess halves every hour: 3x normal at +190 min, 1.2x at +390 min.
    const shape = (m: number) => (m < 60 ? 10 : 1 + 9 * 2 ** (-(m - 60) / 60));
    for (const seed of SEEDS) {
      const run = monitor(outage(seed, quiet, shape, 12 * 60));
      expect(run.kinds).toEqual(['open', 'resolve']);
      expect(minutes(run, run.incident?.endT)).toBeGreaterThanOrEqual(190);
      expect(minutes(run, run.incident?.endT)).toBeLessThanOrEqual(390);
    }
  });

  it('a half-hour dip back to normal in the middle of an 8x outage does not end it', () => {
    const shape = (m: number) => (m >= 240 || (m >= 100 && m < 130) ? 1 : 8);
    for (const seed of SEEDS) {
      const run = monitor(outage(seed, quiet, shape, 10 * 60));
      expect(run.kinds).toEqual(['open', 'resolve']);
      expect(minutes(run, run.incident?.endT)).toBeGreaterThanOrEqual(238);
      expect(minutes(run, run.incident?.endT)).toBeLessThanOrEqual(250);
    }
  });

  it('a very quiet brand (0.3/min) at 30x for 4 hours', () => {
    for (const seed of SEEDS) {
      const run = monitor(
        outage(
          seed,
          (t) => 0.3 * quiet(t),
          (m) => (m < 240 ? 30 : 1),
          10 * 60,
        ),
      );
      expect(run.kinds).toEqual(['open', 'resolve']);
      expect(run.openUntil).toBeGreaterThanOrEqual(240 + 115);
      expect(minutes(run, run.incident?.endT)).toBeGreaterThanOrEqual(238);
    }
  });

  it('8 hours of history at 0.25/min, then 6/min for 4 hours', () => {
    for (const seed of SEEDS) {
      const run = monitor(
        outage(
          seed,
          () => 0.25,
          (m) => (m < 240 ? 24 : 1),
          8 * 60,
          8 * 60,
        ),
      );
      expect(run.kinds).toEqual(['open', 'resolve']);
      expect(minutes(run, run.incident?.endT)).toBeGreaterThanOrEqual(238);
      expect(minutes(run, run.incident?.endT)).toBeLessThanOrEqual(260);
    }
  });

  it('a lasting shift becomes the new normal: resolved within about two days', () => {
    const run = monitor(
      outage(
        5,
        () => 5,
        () => 4,
        5 * 1440,
        7 * 1440,
      ),
    );
    expect(run.kinds).toEqual(['open', 'resolve']);
    expect(minutes(run, run.incident?.resolvedT)).toBeLessThan((2.5 * DAY) / MIN);
  });
});

describe('the baseline during a long outage', () => {
  it('keeps expecting the pre-outage normal, and its band does not widen to take the outage', () => {
    const { points: clean } = outage(4, quiet, () => 1, 300);
    const { points: hit } = outage(4, quiet, (m) => (m < 240 ? 6 : 1), 300);
    const a = expectedBand(clean, MIN);
    const b = expectedBand(hit, MIN);
    for (const m of [60, 180, 239, 299]) {
      const i = HISTORY + m;
      expect((b[i]?.expected ?? 0) / (a[i]?.expected ?? 1)).toBeLessThan(1.15);
      expect(b[i]?.high ?? 0).toBeLessThanOrEqual((a[i]?.high ?? 0) + 1);
    }
  });
});
