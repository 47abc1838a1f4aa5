import { describe, expect, it } from 'vitest';
import {
  postsExportUrl,
  postsQueryRecord,
  resolvePostsParams,
  resolveSeriesParams,
  seriesExportUrl,
} from '../../../client/lib/api-urls';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('postsQueryRecord', () => {
  it('sends only the filters that are set, as the API spells them', () => {
    expect(
      postsQueryRecord({ brand: 'acme', complaint: false, q: '  ', harm: false, limit: 50 }, 'abc'),
    ).toEqual({
      brand: 'acme',
      complaint: 'false',
      limit: '50',
      cursor: 'abc',
    });
    expect(postsQueryRecord({ official: true, harm: true, label: 'negative', q: ' login ' })).toEqual({
      official: 'true',
      harm: 'true',
      label: 'negative',
      q: 'login',
    });
  });
});

describe('resolve*Params', () => {
  it('turns a relative window into from/to at the time of the request', () => {
    expect(resolvePostsParams({ brand: 'acme', range: { kind: 'last', id: '1h' } }, NOW)).toEqual({
      brand: 'acme',
      from: '2026-03-01T11:00:00.000Z',
      to: '2026-03-01T12:00:00.000Z',
    });
    expect(resolvePostsParams({ limit: 30 }, NOW)).toEqual({ limit: 30 });
    const fixed = { kind: 'between', from: '2026-02-01T00:00:00Z', to: '2026-02-02T00:00:00Z' } as const;
    expect(resolveSeriesParams({ brand: 'acme', bucket: '1h', range: fixed }, NOW)).toEqual({
      brand: 'acme',
      bucket: '1h',
      from: fixed.from,
      to: fixed.to,
    });
  });
});

describe('export URLs', () => {
  it('reuse the page query with a format and without the page size', () => {
    const url = postsExportUrl({ brand: 'acme', complaint: true, limit: 50, from: 'a', to: 'b' }, 'csv');
    const parsed = new URL(url, 'http://x');
    expect(parsed.pathname).toBe('/api/v1/posts');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      brand: 'acme',
      complaint: 'true',
      from: 'a',
      to: 'b',
      format: 'csv',
    });
    expect(postsExportUrl({}, 'ndjson')).toBe('/api/v1/posts?format=ndjson');
  });

  it('leave JSON as the default format', () => {
    const query = { brand: 'acme', bucket: '15m', from: 'a', to: 'b' } as const;
    expect(seriesExportUrl(query, 'json')).toBe('/api/v1/series?brand=acme&from=a&to=b&bucket=15m');
    expect(seriesExportUrl(query, 'csv')).toContain('format=csv');
  });
});
