import type { Grade, Scorecard } from '../../shared/communication';
import type { Incident } from '../../shared/incident';
import { incidentDurationMs, topCategoryNames } from './incident-format';

/** One row of the incidents list, with the communication figures when the incident's detail has them. */
export type IncidentRow = {
  id: string;
  brand: string;
  brandName: string;
  startAt: string;
  status: Incident['status'];
  /** null while not graded (pending, or no communication figures) */
  grade: Grade | null;
  /** minutes to the first public statement; null when there is none (yet) */
  ackMin: number | null;
  durationMin: number;
  peakPerMin: number;
  peakRatio: number;
  excess: number;
  people: number;
  worstSentiment: number | null;
  topComplaints: string;
};

export type Comm = { scorecard: Pick<Scorecard, 'grade'>; ack: { ackDelayMin: number | null } };

export function toIncidentRow(
  incident: Incident,
  comm: Comm | null | undefined,
  brandName: string,
  nowMs: number,
): IncidentRow {
  return {
    id: incident.id,
    brand: incident.brand,
    brandName,
    startAt: incident.startAt,
    status: incident.status,
    grade: comm?.scorecard.grade ?? null,
    ackMin: comm?.ack.ackDelayMin ?? null,
    durationMin: incidentDurationMs(incident, nowMs) / 60_000,
    peakPerMin: incident.peakComplaintsPerMinute,
    peakRatio: incident.peakRatio,
    excess: incident.excessComplaints,
    people: incident.uniqueAuthors,
    worstSentiment: incident.sentiment.worst?.meanSentiment ?? null,
    topComplaints: topCategoryNames(incident).join(', '),
  };
}

export const SORT_KEYS = [
  'startAt',
  'brandName',
  'grade',
  'ackMin',
  'durationMin',
  'peakPerMin',
  'people',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; dir: 'asc' | 'desc' };
export const DEFAULT_SORT: Sort = { key: 'startAt', dir: 'desc' };

/** Sorted copy; missing values (no grade, no acknowledgement) go last whichever the direction. */
export function sortRows(rows: readonly IncidentRow[], sort: Sort): IncidentRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * sign || a.id.localeCompare(b.id);
  });
}

/** Clicking a header sorts by it; clicking it again flips the direction. Numbers start largest first. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'brandName' || key === 'grade' || key === 'ackMin' ? 'asc' : 'desc' };
}

const CSV_COLUMNS: [string, (r: IncidentRow) => string | number | null][] = [
  ['id', (r) => r.id],
  ['brand', (r) => r.brandName],
  ['start', (r) => r.startAt],
  ['status', (r) => r.status],
  ['grade', (r) => r.grade],
  ['ack_min', (r) => (r.ackMin === null ? null : Math.round(r.ackMin))],
  ['duration_min', (r) => Math.round(r.durationMin)],
  ['peak_per_min', (r) => r.peakPerMin],
  ['peak_ratio', (r) => Math.round(r.peakRatio * 10) / 10],
  ['excess_complaints', (r) => Math.round(r.excess)],
  ['people', (r) => r.people],
  ['worst_sentiment', (r) => (r.worstSentiment === null ? null : Math.round(r.worstSentiment * 100) / 100)],
  ['top_complaints', (r) => r.topComplaints],
];

const cell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = String(value);
  // Quote per RFC 4180; a leading = + - @ would be run as a formula by spreadsheets, so it is defused.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The list as shown (same rows, same order) as CSV, one header line. */
export function incidentsCsv(rows: readonly IncidentRow[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([, get]) => cell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
