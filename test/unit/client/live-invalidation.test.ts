import { describe, expect, it } from 'vitest';
import type { PostEvent, StreamEvent } from '../../../shared/events';
import { addEvent, emptyTargets, hasTargets, isStale } from '../../../client/lib/live-invalidation';

const post = (brands: string[]): StreamEvent => ({
  type: 'post',
  source: 'demo',
  id: '1',
  brands,
  complaint: true,
  official: false,
  createdAt: '2026-03-01T08:00:00Z',
});
const bucket = (brand: string): StreamEvent => ({
  type: 'bucket',
  brand,
  t: '2026-03-01T08:00:00Z',
  posts: 1,
  complaints: 0,
});

const range = { kind: 'last', id: '24h' } as const;

describe('live invalidation', () => {
  it('marks posts, series and the overview of the brands a post touched', () => {
    const targets = addEvent(emptyTargets(), post(['acme']));
    expect(isStale(['overview', 'current', {}], targets)).toBe(true);
    expect(isStale(['posts', 'recent', { brand: 'acme', limit: 30 }], targets)).toBe(true);
    expect(isStale(['series', 'range', { brand: 'acme', range, bucket: '15m' }], targets)).toBe(true);
    expect(isStale(['posts', 'recent', { brand: 'other' }], targets)).toBe(false);
    expect(isStale(['posts', 'recent', { limit: 30 }], targets)).toBe(true);
  });

  it('leaves posts alone on a bucket event, and never touches paged tables or other resources', () => {
    const targets = addEvent(addEvent(emptyTargets(), bucket('acme')), post(['acme']));
    expect(isStale(['posts', 'pages', { brand: 'acme' }], targets)).toBe(false);
    expect(isStale(['brands', 'list', {}], targets)).toBe(false);
    const bucketOnly = addEvent(emptyTargets(), bucket('acme'));
    expect(isStale(['posts', 'recent', { brand: 'acme' }], bucketOnly)).toBe(false);
    expect(isStale(['series', 'range', { brand: 'acme' }], bucketOnly)).toBe(true);
  });

  it("refreshes a brand's incidents on its incident events and official posts only", () => {
    const summary = {
      id: 'acme:1772352000000',
      brand: 'acme',
      status: 'open',
      level: 0,
      startAt: '2026-03-01T08:00:00Z',
      peakAt: '2026-03-01T08:10:00Z',
      endAt: null,
      peakComplaintsPerMinute: 30,
      peakRatio: 12,
      excessComplaints: 150,
    } as const;
    const opened = addEvent(emptyTargets(), { type: 'incident', kind: 'open', incident: summary });
    expect(isStale(['overview', 'current', {}], opened)).toBe(true);
    expect(isStale(['incidents', 'list', { brand: 'acme', range }], opened)).toBe(true);
    expect(isStale(['incidents', 'list', { range }], opened)).toBe(true);
    expect(isStale(['incidents', 'detail', { id: 'acme:1772352000000' }], opened)).toBe(true);
    expect(isStale(['incidents', 'detail', { id: 'other:1772352000000' }], opened)).toBe(false);
    expect(isStale(['posts', 'recent', { brand: 'acme' }], opened)).toBe(false);

    expect(
      isStale(['incidents', 'list', { brand: 'acme', range }], addEvent(emptyTargets(), post(['acme']))),
    ).toBe(false);
    const statement = addEvent(emptyTargets(), { ...(post(['acme']) as PostEvent), official: true });
    expect(isStale(['incidents', 'detail', { id: 'acme:1772352000000' }], statement)).toBe(true);
  });

  it('knows when nothing is pending', () => {
    expect(hasTargets(emptyTargets())).toBe(false);
    expect(hasTargets(addEvent(emptyTargets(), post([])))).toBe(true);
  });
});
