import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  filtersToPostsParams,
  filtersToSearch,
} from '../../../client/lib/explore-filters';
import { bucketFor, isoToLocalInput, localInputToIso, rangePreset } from '../../../client/lib/time-range';

describe('Explore filters in the URL', () => {
  it('round-trips every filter', () => {
    const search = new URLSearchParams(
      'view=series&brand=acme&range=6h&complaint=false&category=login&label=negative&q=down&official=true&harm=true',
    );
    expect(filtersToSearch(filtersFromSearch(search)).toString()).toBe(search.toString());
  });

  it('falls back to defaults for missing or unknown values', () => {
    const filters = filtersFromSearch(new URLSearchParams('range=3y&label=angry&complaint=maybe&view=chart'));
    expect(filters).toMatchObject({
      view: 'posts',
      range: { kind: 'last', id: '24h' },
      label: null,
      complaint: null,
    });
    expect(filtersToSearch(filters).toString()).toBe('');
  });

  it('prefers a valid from/to pair over a preset', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('range=1h&from=2026-03-01T08:00:00Z&to=2026-03-01T10:00:00Z'),
    );
    expect(filters.range).toEqual({
      kind: 'between',
      from: '2026-03-01T08:00:00Z',
      to: '2026-03-01T10:00:00Z',
    });
    expect(filtersFromSearch(new URLSearchParams('from=nonsense&to=2026-03-01T10:00:00Z')).range.kind).toBe(
      'last',
    );
  });

  it('becomes a posts request without empty filters', () => {
    const filters = filtersFromSearch(new URLSearchParams('brand=acme&complaint=true&q=%20'));
    expect(filtersToPostsParams(filters, 50)).toEqual({
      brand: 'acme',
      range: { kind: 'last', id: '24h' },
      complaint: true,
      limit: 50,
    });
  });
});

describe('time ranges', () => {
  it('picks a bucket that keeps the series readable', () => {
    expect(bucketFor({ kind: 'last', id: '24h' })).toBe('15m');
    expect(bucketFor({ kind: 'between', from: '2026-03-01T08:00:00Z', to: '2026-03-01T08:30:00Z' })).toBe(
      '1m',
    );
    expect(bucketFor({ kind: 'between', from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toBe(
      '1d',
    );
    expect(rangePreset('nope').id).toBe('24h');
  });

  it('converts datetime-local values to instants and back', () => {
    const iso = localInputToIso('2026-03-01T08:15');
    expect(iso).not.toBeNull();
    expect(isoToLocalInput(iso ?? '')).toBe('2026-03-01T08:15');
    expect(localInputToIso('')).toBeNull();
  });
});
