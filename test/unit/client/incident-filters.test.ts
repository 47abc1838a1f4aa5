import { describe, expect, it } from 'vitest';
import {
  filtersToListParams,
  incidentFiltersToSearch,
  listQueryRecord,
  parseIncidentFilters,
} from '../../../client/lib/incident-filters';

const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('incident filters', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const filters = parseIncidentFilters(new URLSearchParams('brand=acme&status=active&range=7d'));
    expect(filters).toEqual({ brand: 'acme', status: 'active', range: '7d' });
    expect(incidentFiltersToSearch(filters).toString()).toBe('brand=acme&status=active&range=7d');
    const defaults = parseIncidentFilters(new URLSearchParams('status=bogus&range=1y&brand='));
    expect(defaults).toEqual({ brand: null, status: 'all', range: '30d' });
    expect(incidentFiltersToSearch(defaults).toString()).toBe('');
  });

  it('asks the API for open and escalated incidents in a window ending now', () => {
    const params = filtersToListParams({ brand: 'acme', status: 'active', range: '24h' });
    expect(listQueryRecord(params, NOW)).toEqual({
      brand: 'acme',
      status: 'open,escalated',
      from: '2026-03-09T12:00:00.000Z',
    });
    const all = filtersToListParams({ brand: null, status: 'all', range: '7d' });
    expect(listQueryRecord({ ...all, limit: 50 }, NOW)).toEqual({
      from: '2026-03-03T12:00:00.000Z',
      limit: '50',
    });
    expect(
      listQueryRecord(
        { range: { kind: 'between', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' } },
        NOW,
      ),
    ).toEqual({ from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' });
  });
});
