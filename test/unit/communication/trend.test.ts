import { describe, expect, it } from 'vitest';
import {
  changePoint,
  fitLogisticTrend,
  fitPoissonTrend,
  forecastCount,
  forecastShare,
} from '../../../server/detect/communication';

const xs = Array.from({ length: 60 }, (_, i) => i - 59.5);

describe('fitPoissonTrend', () => {
  it('recovers an exponential trend', () => {
    const fit = fitPoissonTrend(
      xs,
      xs.map((x) => 10 * Math.exp(-0.02 * x)),
    );
    expect(fit.a).toBeCloseTo(Math.log(10), 1);
    expect(fit.b).toBeCloseTo(-0.02, 3);
    expect(fit.dispersion).toBe(1);
  });

  it('stays finite on an all-zero window', () => {
    const fit = fitPoissonTrend(
      xs,
      xs.map(() => 0),
    );
    expect(Number.isFinite(fit.a)).toBe(true);
    expect(fit.b).toBeCloseTo(0, 6);
    expect(forecastCount(fit, [1, 2, 3]).mean).toBeLessThan(0.1);
  });

  it('reads a short noisy window as flat under a slope prior', () => {
    const short = [-4.5, -3.5, -2.5, -1.5, -0.5];
    const ys = [6, 2, 5, 1, 3];
    const free = fitPoissonTrend(short, ys);
    const shrunk = fitPoissonTrend(short, ys, 0.005);
    expect(Math.abs(shrunk.b)).toBeLessThan(Math.abs(free.b) / 5);
  });

  it('forecasts with uncertainty and respects floors', () => {
    const fit = fitPoissonTrend(
      xs,
      xs.map(() => 4),
    );
    const f = forecastCount(fit, [0.5, 1.5]);
    expect(f.mean).toBeCloseTo(8, 0);
    expect(f.variance).toBeGreaterThan(8);
    expect(forecastCount(fit, [0.5, 1.5], [10, 0]).mean).toBeCloseTo(14, 0);
  });
});

describe('fitLogisticTrend', () => {
  it('recovers a constant share and forecasts successes, floored', () => {
    const ns = xs.map(() => 20);
    const fit = fitLogisticTrend(
      xs,
      ns.map((n) => n * 0.3),
      ns,
    );
    expect(1 / (1 + Math.exp(-fit.a))).toBeCloseTo(0.3, 2);
    expect(forecastShare(fit, [1], [100]).mean).toBeCloseTo(30, 0);
    expect(forecastShare(fit, [1], [100], 0.5).mean).toBeCloseTo(50, 6);
  });
});

describe('changePoint', () => {
  it.each([
    [[0, 0, 0, 0, 5, 5, 5, 5], 4],
    [[1, 0, 1, 0, 1, 0, 4, 6, 5, 7], 6],
    [[3, 3, 3, 3, 3, 3], 0],
    [[5, 5, 5, 5, 0, 0, 0, 0], 0],
    [[], 0],
  ])('%j -> %i', (counts, at) => {
    expect(changePoint(counts)).toBe(at);
  });
});
