import type { IncidentListParams, IncidentRangeId } from './incident-filters';
import { INCIDENT_RANGES, rangeMs } from './incident-filters';
import type { CompareAlign } from './compare-rows';
import { COMPARE_ALIGNS } from './compare-rows';

export type CompareFilters = {
  range: IncidentRangeId;
  align: CompareAlign;
  /** empty: every brand with an incident in the window */
  brands: readonly string[];
};

export const DEFAULT_COMPARE_RANGE: IncidentRangeId = '7d';
/** More side-by-side charts than this stop being comparable at a glance. */
export const MAX_COMPARED = 12;

export function parseCompareFilters(search: URLSearchParams): CompareFilters {
  const range = INCIDENT_RANGES.find((r) => r.id === search.get('range'))?.id ?? DEFAULT_COMPARE_RANGE;
  const align = COMPARE_ALIGNS.find((a) => a.id === search.get('align'))?.id ?? 'start';
  const brands = (search.get('brands') ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return { range, align, brands: [...new Set(brands)].sort() };
}

export function compareFiltersToSearch(filters: CompareFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.range !== DEFAULT_COMPARE_RANGE) search.set('range', filters.range);
  if (filters.align !== 'start') search.set('align', filters.align);
  if (filters.brands.length > 0) search.set('brands', [...filters.brands].sort().join(','));
  return search;
}

export const compareListParams = (filters: CompareFilters): IncidentListParams => ({
  range: { kind: 'last', ms: rangeMs(filters.range) },
  limit: 100,
});

/** Toggle one brand; choosing every brand again is the same as choosing none (all). */
export function toggleBrand(
  filters: CompareFilters,
  brand: string,
  available: readonly string[],
): CompareFilters {
  const current = filters.brands.length > 0 ? filters.brands : available;
  const next = current.includes(brand) ? current.filter((b) => b !== brand) : [...current, brand];
  const all = available.every((b) => next.includes(b));
  return { ...filters, brands: all ? [] : [...next].sort() };
}
