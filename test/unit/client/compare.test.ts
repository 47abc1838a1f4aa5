import { describe, expect, it } from 'vitest';
import type { IncidentReport } from '../../../shared/report';
import {
  compareFiltersToSearch,
  parseCompareFilters,
  toggleBrand,
} from '../../../client/lib/compare-filters';
import { minuteTicks, originFor, sharedScale, targetTone, toSpark } from '../../../client/lib/compare-rows';

const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.parse('2026-03-01T08:00:00Z');
const MIN = 60_000;

function report(id: string, start: number, peak: number): IncidentReport {
  const points = Array.from({ length: 4 }, (_, i) => ({
    t: iso(start - 60 * MIN + i * 30 * MIN),
    complaints: i === 2 ? peak : 1,
    expected: 1,
    expectedLow: 0,
    expectedHigh: 3,
  }));
  const statement = {
    source: 's',
    id: `${id}-1`,
    author: 'a',
    at: iso(start + 12 * MIN),
    text: 'We are aware',
    kind: 'incident',
  };
  return {
    brandName: id,
    incident: {
      id,
      startAt: iso(start),
      endAt: iso(start + 30 * MIN),
      series: { from: points[0]?.t, points },
    },
    communication: { impacts: [{ statement, verdict: 'calming' }], ack: { firstAck: statement } },
  } as unknown as IncidentReport;
}

describe('compare small multiples', () => {
  const a = report('a', T0, 20);
  const b = report('b', T0 + 45 * MIN, 40);

  it('lines incidents up on their own start or on the clock', () => {
    expect(originFor(b, [a, b], 'start')).toBe(T0 + 45 * MIN);
    expect(originFor(b, [a, b], 'clock')).toBe(T0 - 60 * MIN);
    const spark = toSpark(b, originFor(b, [a, b], 'start'), T0);
    expect(spark.rows.map((r) => r.x)).toEqual([-60, -30, 0, 30]);
    expect(spark.span).toEqual({ x1: 0, x2: 30 });
    expect(spark.markers).toEqual([{ key: 's:b-1', x: 12, verdict: 'calming', title: 'We are aware' }]);
  });

  it('shares one scale across the multiples, with round ticks', () => {
    const sparks = [a, b].map((r) => toSpark(r, originFor(r, [a, b], 'clock'), T0));
    expect(sharedScale(sparks)).toEqual({ x: [0, 135], yMax: 40 });
    expect(minuteTicks([-60, 189])).toEqual([-60, 0, 60, 120, 180]);
    expect(minuteTicks([0, 100])).toEqual([0, 30, 60, 90]);
  });

  it('colours figures against their targets, a missing acknowledgement worst', () => {
    expect([targetTone(10, 30), targetTone(25, 30), targetTone(31, 30), targetTone(null, 30)]).toEqual([
      'good',
      'warning',
      'bad',
      'bad',
    ]);
  });
});

describe('compare filters', () => {
  it('round-trips through the URL and treats every brand chosen as all', () => {
    const f = parseCompareFilters(new URLSearchParams('range=30d&align=clock&brands=b,a,a'));
    expect(f).toEqual({ range: '30d', align: 'clock', brands: ['a', 'b'] });
    expect(compareFiltersToSearch(f).toString()).toBe('range=30d&align=clock&brands=a%2Cb');
    const all = parseCompareFilters(new URLSearchParams());
    expect(all).toEqual({ range: '7d', align: 'start', brands: [] });
    const withoutB = toggleBrand(all, 'b', ['a', 'b', 'c']);
    expect(withoutB.brands).toEqual(['a', 'c']);
    expect(toggleBrand(withoutB, 'b', ['a', 'b', 'c']).brands).toEqual([]);
  });
});
