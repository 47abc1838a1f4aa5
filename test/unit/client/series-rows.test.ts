import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../../../shared/series';
import {
  hasActivity,
  seriesTotals,
  toCategoryRows,
  toSentimentRows,
  toVolumeRows,
} from '../../../client/lib/series-rows';

const point = (minute: number, over: Partial<SeriesPoint> = {}): SeriesPoint => ({
  t: new Date(Date.UTC(2026, 2, 1, 8, minute)).toISOString(),
  posts: 0,
  complaints: 0,
  negatives: 0,
  negativeShare: null,
  meanSentiment: null,
  official: 0,
  categories: {},
  expected: null,
  expectedLow: null,
  expectedHigh: null,
  ...over,
});

describe('toVolumeRows', () => {
  it('turns the expected band into a range and flags buckets above it', () => {
    const rows = toVolumeRows(
      [
        point(0, { posts: 10, complaints: 2, expected: 2, expectedLow: 1, expectedHigh: 4 }),
        point(5, { posts: 30, complaints: 9, expected: 2, expectedLow: 1, expectedHigh: 4 }),
        point(10, { posts: 3, complaints: 3 }),
      ],
      3_600_000,
      Date.UTC(2026, 2, 2),
    );
    expect(rows.map((r) => r.band)).toEqual([[1, 4], [1, 4], null]);
    expect(rows.map((r) => r.above)).toEqual([false, true, false]);
    expect(rows[0]?.t).toBe(Date.UTC(2026, 2, 1, 8, 0));
  });

  it('states every bucket as complaints per hour and marks the running bucket as partial', () => {
    const fiveMin = 5 * 60_000;
    const now = Date.UTC(2026, 2, 1, 8, 12);
    const rows = toVolumeRows(
      [
        point(0, { complaints: 2, expected: 1, expectedLow: 0.5, expectedHigh: 2 }),
        point(5, { complaints: 3 }),
        point(10, { complaints: 1 }),
      ],
      fiveMin,
      now,
    );
    expect(rows.map((r) => r.complaints)).toEqual([24, 36, 12]);
    expect(rows.map((r) => r.count)).toEqual([2, 3, 1]);
    expect(rows[0]?.expected).toBe(12);
    expect(rows[0]?.band).toEqual([6, 24]);
    expect(rows.map((r) => r.partial)).toEqual([false, false, true]);
  });
});

describe('toSentimentRows', () => {
  const points = [
    point(0, { posts: 9, negatives: 0, meanSentiment: 0.5 }),
    point(5, { posts: 1, negatives: 1, meanSentiment: -1 }),
    point(10),
  ];

  it('passes values through without smoothing', () => {
    expect(toSentimentRows(points).map((r) => r.negativeShare)).toEqual([0, 1, null]);
  });

  it('weights a trailing window by posts, so one angry post does not read as 100 % negative', () => {
    const rows = toSentimentRows(points, 2);
    expect(rows[1]?.negativeShare).toBeCloseTo(0.1);
    expect(rows[1]?.meanSentiment).toBeCloseTo((9 * 0.5 - 1) / 10);
    expect(rows[2]?.negativeShare).toBe(1);
  });
});

describe('toCategoryRows', () => {
  it('sums over the window, largest first, with human names', () => {
    const rows = toCategoryRows([
      point(0, { categories: { login: 2, app: 1 } }),
      point(5, { categories: { app: 3, fees: 0, new_thing: 1 } }),
    ]);
    expect(rows).toEqual([
      { id: 'app', name: 'App', count: 4 },
      { id: 'login', name: 'Login & access', count: 2 },
      { id: 'new_thing', name: 'New thing', count: 1 },
    ]);
  });
});

describe('seriesTotals and hasActivity', () => {
  it('adds up counts and leaves expected null without a baseline', () => {
    expect(seriesTotals([point(0, { posts: 2, complaints: 1 }), point(5, { posts: 1 })])).toEqual({
      posts: 3,
      complaints: 1,
      expected: null,
      official: 0,
    });
    expect(seriesTotals([point(0, { expected: 1.5 }), point(5, { expected: 2 })]).expected).toBe(3.5);
  });

  it('treats an all-zero window as empty', () => {
    expect(hasActivity([point(0), point(5)])).toBe(false);
    expect(hasActivity([point(0), point(5, { posts: 1 })])).toBe(true);
    expect(hasActivity([])).toBe(false);
  });
});
