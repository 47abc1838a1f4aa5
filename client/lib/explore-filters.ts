import { SENTIMENT_LABELS } from '../../shared/enums';
import type { SentimentLabel } from '../../shared/enums';
import type { PostsParams } from './api-urls';
import { DEFAULT_RANGE, RANGE_PRESETS } from './time-range';
import type { TimeRange } from './time-range';

export const EXPLORE_VIEWS = ['posts', 'series'] as const;
export type ExploreView = (typeof EXPLORE_VIEWS)[number];

/** Everything the Explore page filters on; lives in the URL so a view can be shared. */
export type ExploreFilters = {
  view: ExploreView;
  brand: string | null;
  range: TimeRange;
  complaint: boolean | null;
  category: string | null;
  label: SentimentLabel | null;
  q: string;
  official: boolean | null;
  harm: boolean;
};

const parseBool = (value: string | null): boolean | null =>
  value === 'true' ? true : value === 'false' ? false : null;

const parseLabel = (value: string | null): SentimentLabel | null =>
  SENTIMENT_LABELS.find((l) => l === value) ?? null;

function parseRange(search: URLSearchParams): TimeRange {
  const from = search.get('from');
  const to = search.get('to');
  if (from && to && Number.isFinite(Date.parse(from)) && Number.isFinite(Date.parse(to))) {
    return { kind: 'between', from, to };
  }
  const preset = RANGE_PRESETS.find((r) => r.id === search.get('range'));
  return { kind: 'last', id: preset ? preset.id : DEFAULT_RANGE };
}

export function filtersFromSearch(search: URLSearchParams): ExploreFilters {
  return {
    view: EXPLORE_VIEWS.find((v) => v === search.get('view')) ?? 'posts',
    brand: search.get('brand') || null,
    range: parseRange(search),
    complaint: parseBool(search.get('complaint')),
    category: search.get('category') || null,
    label: parseLabel(search.get('label')),
    q: search.get('q') ?? '',
    official: parseBool(search.get('official')),
    harm: search.get('harm') === 'true',
  };
}

export function filtersToSearch(filters: ExploreFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.view !== 'posts') search.set('view', filters.view);
  if (filters.brand) search.set('brand', filters.brand);
  if (filters.range.kind === 'between') {
    search.set('from', filters.range.from);
    search.set('to', filters.range.to);
  } else if (filters.range.kind === 'since') {
    search.set('from', filters.range.from);
  } else if (filters.range.id !== DEFAULT_RANGE) {
    search.set('range', filters.range.id);
  }
  if (filters.complaint !== null) search.set('complaint', String(filters.complaint));
  if (filters.category) search.set('category', filters.category);
  if (filters.label) search.set('label', filters.label);
  if (filters.q.trim()) search.set('q', filters.q.trim());
  if (filters.official !== null) search.set('official', String(filters.official));
  if (filters.harm) search.set('harm', 'true');
  return search;
}

/** The posts request for a set of filters; the key stays stable while a relative window moves. */
export function filtersToPostsParams(filters: ExploreFilters, limit: number): PostsParams {
  return {
    ...(filters.brand ? { brand: filters.brand } : {}),
    range: filters.range,
    ...(filters.complaint !== null ? { complaint: filters.complaint } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.label ? { label: filters.label } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.official !== null ? { official: filters.official } : {}),
    ...(filters.harm ? { harm: true } : {}),
    limit,
  };
}
