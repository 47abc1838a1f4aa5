import type { IncidentStatus } from '../../shared/incident';

const DAY = 86_400_000;

export const INCIDENT_RANGES = [
  { id: '24h', label: '24 h', ms: DAY },
  { id: '7d', label: '7 days', ms: 7 * DAY },
  { id: '30d', label: '30 days', ms: 30 * DAY },
  { id: '90d', label: '90 days', ms: 90 * DAY },
] as const;
export type IncidentRangeId = (typeof INCIDENT_RANGES)[number]['id'];
export const DEFAULT_INCIDENT_RANGE: IncidentRangeId = '30d';

export const STATUS_FILTERS = [
  { id: 'all', label: 'All' },
  { id: 'active', label: 'Open' },
  { id: 'resolved', label: 'Resolved' },
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number]['id'];

const STATUSES_FOR: Record<StatusFilter, readonly IncidentStatus[] | null> = {
  all: null,
  active: ['open', 'escalated'],
  resolved: ['resolved'],
};

export type IncidentFilters = { brand: string | null; status: StatusFilter; range: IncidentRangeId };

/** What the list endpoint is asked: the window is relative, so it is resolved when the request is made. */
export type IncidentListParams = {
  brand?: string;
  status?: readonly IncidentStatus[];
  range: { kind: 'last'; ms: number } | { kind: 'between'; from: string; to: string };
  limit?: number;
};

/** /api/v1/incidents query string; omitted filters are left out rather than sent empty. */
export type IncidentListRecord = {
  brand?: string;
  from?: string;
  to?: string;
  status?: string;
  limit?: string;
};

export const rangeMs = (id: IncidentRangeId): number =>
  INCIDENT_RANGES.find((r) => r.id === id)?.ms ?? 30 * DAY;

const isRange = (v: string | null): v is IncidentRangeId => INCIDENT_RANGES.some((r) => r.id === v);
const isStatus = (v: string | null): v is StatusFilter => STATUS_FILTERS.some((s) => s.id === v);

export function parseIncidentFilters(search: URLSearchParams): IncidentFilters {
  const range = search.get('range');
  const status = search.get('status');
  return {
    brand: search.get('brand') || null,
    status: isStatus(status) ? status : 'all',
    range: isRange(range) ? range : DEFAULT_INCIDENT_RANGE,
  };
}

export function incidentFiltersToSearch(filters: IncidentFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.brand) search.set('brand', filters.brand);
  if (filters.status !== 'all') search.set('status', filters.status);
  if (filters.range !== DEFAULT_INCIDENT_RANGE) search.set('range', filters.range);
  return search;
}

export function filtersToListParams(filters: IncidentFilters): IncidentListParams {
  const statuses = STATUSES_FOR[filters.status];
  return {
    ...(filters.brand ? { brand: filters.brand } : {}),
    ...(statuses ? { status: statuses } : {}),
    range: { kind: 'last', ms: rangeMs(filters.range) },
  };
}

export function listQueryRecord(params: IncidentListParams, nowMs: number): IncidentListRecord {
  const record: IncidentListRecord = {};
  if (params.brand) record.brand = params.brand;
  if (params.status && params.status.length > 0) record.status = params.status.join(',');
  if (params.range.kind === 'last') {
    record.from = new Date(nowMs - params.range.ms).toISOString();
  } else {
    record.from = params.range.from;
    record.to = params.range.to;
  }
  if (params.limit !== undefined) record.limit = String(params.limit);
  return record;
}
