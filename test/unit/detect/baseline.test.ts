import { describe, expect, it } from 'vitest';
import {
  baselineParams,
  createBaselineState,
  expectedBand,
  learn,
  predict,
} from '../../../server/detect/baseline';
import { DAY, HOUR, MIN, T0, daily, series } from './series';

const FIVE = 5 * MIN;

describe('expectedBand', () => {
  it('learns a flat Poisson level and its band covers almost every normal bucket', () => {
    const pts = series(1, 3 * 288, FIVE, () => 20);
    const band = expectedBand(pts, FIVE);
    expect(band).toHaveLength(pts.length);
    const tail = band.slice(288);
    const mean = tail.reduce((s, b) => s + b.expected, 0) / tail.length;
    expect(mean).toBeGreaterThan(18);
    expect(mean).toBeLessThan(22);
    const outside = pts.slice(288).filter((p, i) => {
      const b = tail[i];
      return b !== undefined && (p.value > b.high || p.value < b.low);
    });
    expect(outside.length / tail.length).toBeLessThan(0.05);
  });

  it('learns the daily rhythm: expected at 15:00 is well above expected at 03:00', () => {
    const pts = series(2, 14 * 288, FIVE, (t) => 30 * daily(t));
    const band = expectedBand(pts, FIVE);
    const at = (hour: number) => {
      const i = pts.findIndex((p) => p.t === T0 + 13 * DAY + hour * HOUR);
      return band[i]?.expected ?? Number.NaN;
    };
    expect(at(15) / at(3)).toBeGreaterThan(2.5);
    expect(at(15)).toBeGreaterThan(40);
    expect(at(3)).toBeLessThan(20);
  });

  it('is not poisoned by an outage in the history', () => {
    const normal = series(3, 4 * 288, FIVE, () => 20);
    const outage = normal.map((p, i) => (i >= 600 && i < 636 ? { ...p, value: p.value * 10 } : p));
    const clean = expectedBand(normal, FIVE);
    const hit = expectedBand(outage, FIVE);
    const after = 700; // a few hours after the 3-hour outage ended
    const a = hit[after]?.expected ?? 0;
    const b = clean[after]?.expected ?? 1;
    expect(Math.abs(a / b - 1)).toBeLessThan(0.15);
    // During the outage the expected line stays near normal instead of chasing the spike.
    expect(hit[630]?.expected ?? 0).toBeLessThan(30);
  });

  it('copes with a sparse series: small expected, integer band from 0, no NaN', () => {
    const pts = series(4, 3 * 1440, MIN, () => 0.05);
    const band = expectedBand(pts, MIN);
    const last = band[band.length - 1];
    expect(last?.expected).toBeGreaterThan(0.01);
    expect(last?.expected).toBeLessThan(0.15);
    expect(last?.low).toBe(0);
    expect(last?.high).toBeGreaterThanOrEqual(1);
    expect(last?.high).toBeLessThanOrEqual(2);
    expect(band.every((b) => Number.isFinite(b.expected) && Number.isFinite(b.high))).toBe(true);
  });

  it('marks a new series as not ready and widens its band while it knows little', () => {
    const pts = series(5, 200, FIVE, () => 10);
    const band = expectedBand(pts, FIVE);
    expect(band[0]?.ready).toBe(false);
    expect(band[10]?.ready).toBe(false);
    expect(band[199]?.ready).toBe(true);
    const width = (i: number) => (band[i]?.high ?? 0) - (band[i]?.low ?? 0);
    expect(width(20)).toBeGreaterThan(width(199));
  });

  it('treats missing buckets as a gap, not as zeros', () => {
    const pts = series(6, 3 * 288, FIVE, () => 20);
    const withGap = pts.filter((_, i) => i < 400 || i >= 472); // 6 hours missing
    const band = expectedBand(withGap, FIVE);
    expect(band).toHaveLength(withGap.length);
    const after = band[400]?.expected ?? 0;
    expect(after).toBeGreaterThan(17);
    expect(after).toBeLessThan(23);
  });

  it('ignores a bucket whose clock went back, without changing what follows', () => {
    const pts = series(7, 600, FIVE, () => 20);
    const jumped = [...pts.slice(0, 300), { t: T0, value: 500 }, ...pts.slice(300)];
    const a = expectedBand(pts, FIVE);
    const b = expectedBand(jumped, FIVE);
    expect(b).toHaveLength(jumped.length);
    expect(b.slice(301)).toEqual(a.slice(300));
  });

  it('learns nothing from an excess the detector holds out (weight 0, dispersion weight 0)', () => {
    const params = baselineParams(FIVE);
    let state = createBaselineState(params);
    for (const p of series(9, 3 * 288, FIVE, () => 20)) state = learn(params, state, p.t, p.value);
    const t = T0 + 3 * DAY;
    const before = predict(params, state, t + 10 * FIVE);
    let held = state;
    let taught = state;
    for (let i = 0; i < 10; i++) {
      held = learn(params, held, t + i * FIVE, 200, 0, undefined, 0);
      taught = learn(params, taught, t + i * FIVE, 200, 0, undefined, 1);
    }
    const after = predict(params, held, t + 10 * FIVE);
    expect(after.expected).toBeCloseTo(before.expected, 6);
    expect(after.phi).toBeCloseTo(before.phi, 9);
    expect(after.high).toBe(before.high);
    // Learning the outage's errors as noise would have raised the dispersion (and widened the band).
    expect(predict(params, taught, t + 10 * FIVE).phi).toBeGreaterThan(before.phi * 1.5);
  });

  it('is deterministic', () => {
    const pts = series(8, 500, FIVE, (t) => 15 * daily(t));
    expect(expectedBand(pts, FIVE)).toEqual(expectedBand(pts, FIVE));
  });
});
