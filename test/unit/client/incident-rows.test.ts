import { describe, expect, it } from 'vitest';
import { type IncidentRow, incidentsCsv, nextSort, sortRows } from '../../../client/lib/incident-rows';

const row = (id: string, over: Partial<IncidentRow> = {}): IncidentRow => ({
  id,
  brand: 'b',
  brandName: 'Brand',
  startAt: '2026-03-01T08:00:00.000Z',
  status: 'resolved',
  grade: 'B',
  ackMin: 10,
  durationMin: 60,
  peakPerMin: 5,
  peakRatio: 4,
  excess: 100,
  people: 50,
  worstSentiment: -0.5,
  topComplaints: 'App',
  ...over,
});

describe('sortRows', () => {
  const rows = [row('a', { ackMin: 30 }), row('b', { ackMin: null }), row('c', { ackMin: 5 })];

  it('sorts both ways and keeps the missing values last', () => {
    expect(sortRows(rows, { key: 'ackMin', dir: 'asc' }).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(sortRows(rows, { key: 'ackMin', dir: 'desc' }).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('flips the direction on a second click and starts sizes largest first', () => {
    expect(nextSort({ key: 'ackMin', dir: 'asc' }, 'ackMin')).toEqual({ key: 'ackMin', dir: 'desc' });
    expect(nextSort({ key: 'ackMin', dir: 'asc' }, 'peakPerMin')).toEqual({ key: 'peakPerMin', dir: 'desc' });
  });
});

describe('incidentsCsv', () => {
  it('writes one header and one line per row, quoting commas and defusing formulas', () => {
    const csv = incidentsCsv([row('x', { brandName: '=HYPERLINK("evil")', topComplaints: 'App, Website' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,brand,start,status,grade,ack_min,duration_min,peak_per_min,peak_ratio,excess_complaints,people,worst_sentiment,top_complaints',
    );
    expect(lines[1]).toBe(
      `x,"'=HYPERLINK(""evil"")",2026-03-01T08:00:00.000Z,resolved,B,10,60,5,4,100,50,-0.5,"App, Website"`,
    );
  });
});
