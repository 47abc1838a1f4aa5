import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../shared/events';
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

  it('knows when nothing is pending', () => {
    expect(hasTargets(emptyTargets())).toBe(false);
    expect(hasTargets(addEvent(emptyTargets(), post([])))).toBe(true);
  });
});
