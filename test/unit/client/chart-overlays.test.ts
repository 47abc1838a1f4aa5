import { describe, expect, it } from 'vitest';
import type { StatementImpact } from '../../../shared/communication';
import {
  incidentAreas,
  markersByBucket,
  officialMarkers,
  quietReplyKeys,
  verdictsByPost,
} from '../../../client/lib/chart-overlays';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const MIN = 60_000;
const BUCKET = 5 * MIN;
const starts = Array.from({ length: 12 }, (_, i) => T0 + i * BUCKET); // 08:00 .. 08:55
const iso = (ms: number) => new Date(ms).toISOString();
const incident = (id: string, start: number, end: number | null) => ({
  id,
  status: end === null ? ('open' as const) : ('resolved' as const),
  startAt: iso(start),
  endAt: end === null ? null : iso(end),
});

describe('incidentAreas', () => {
  it('snaps an incident to the buckets it covers, ending in the bucket before an exact boundary', () => {
    const [area] = incidentAreas(
      [incident('a', T0 + 12 * MIN, T0 + 30 * MIN)],
      starts,
      BUCKET,
      T0 + 60 * MIN,
    );
    expect(area).toEqual({ id: 'a', status: 'resolved', x1: T0 + 10 * MIN, x2: T0 + 25 * MIN });
  });

  it('clips to the window and runs an open incident to now', () => {
    const now = T0 + 57 * MIN;
    const [area] = incidentAreas([incident('b', T0 - 3 * 3_600_000, null)], starts, BUCKET, now);
    expect(area).toMatchObject({ status: 'open', x1: T0, x2: T0 + 55 * MIN });
  });

  it('leaves out incidents outside the window and draws nothing without rows', () => {
    const before = incident('c', T0 - 2 * 3_600_000, T0 - 3_600_000);
    const after = incident('d', T0 + 61 * MIN, null);
    expect(incidentAreas([before, after], starts, BUCKET, T0 + 70 * MIN)).toEqual([]);
    expect(incidentAreas([incident('e', T0, null)], [], BUCKET, T0)).toEqual([]);
  });
});

describe('officialMarkers', () => {
  const post = (id: string, at: number) => ({
    source: 'mastodon',
    id,
    author: 'northwind',
    text: `update ${id}`,
    createdAt: iso(at),
  });
  const impact = (id: string, verdict: StatementImpact['verdict']) =>
    ({ statement: { source: 'mastodon', id }, verdict }) as StatementImpact;

  it('places each post in its bucket, oldest first, with the measured verdict when there is one', () => {
    const verdicts = verdictsByPost([impact('2', 'backfired')]);
    const markers = officialMarkers(
      [post('2', T0 + 13 * MIN), post('1', T0 + 2 * MIN)],
      starts,
      BUCKET,
      verdicts,
    );
    expect(markers.map((m) => [m.key, m.x, m.verdict])).toEqual([
      ['mastodon:1', T0, null],
      ['mastodon:2', T0 + 10 * MIN, 'backfired'],
    ]);
  });

  it('leaves out support replies unless they backfired, and keeps every statement', () => {
    const ref = (
      id: string,
      kind: StatementImpact['statement']['kind'],
      verdict: StatementImpact['verdict'],
    ) => ({ statement: { source: 'mastodon', id, kind }, verdict }) as StatementImpact;
    const quiet = quietReplyKeys([
      ref('r1', 'reply', 'neutral'),
      ref('r2', 'reply', 'backfired'),
      ref('s1', 'incident', 'insufficient'),
    ]);
    expect([...quiet]).toEqual(['mastodon:r1']);
  });

  it('drops posts outside the window and groups by bucket for the tooltip', () => {
    const markers = officialMarkers(
      [post('old', T0 - MIN), post('a', T0 + 6 * MIN), post('b', T0 + 9 * MIN), post('late', T0 + 60 * MIN)],
      starts,
      BUCKET,
    );
    expect(markers.map((m) => m.key)).toEqual(['mastodon:a', 'mastodon:b']);
    expect(markersByBucket(markers).get(T0 + 5 * MIN)?.length).toBe(2);
  });
});

describe('officialMarkers after the last complete bucket', () => {
  it('snaps a statement made since the last bucket to it when a tail is allowed', () => {
    const p = { source: 's', id: 'x', author: 'a', text: 't', createdAt: iso(T0 + 62 * MIN) };
    expect(officialMarkers([p], starts, BUCKET)).toEqual([]);
    expect(officialMarkers([p], starts, BUCKET, new Map(), 10 * MIN)[0]?.x).toBe(T0 + 55 * MIN);
  });
});
