import type { Incident, IncidentStatus } from '../../shared/incident';
import { categoryName } from './categories';

const MINUTE = 60_000;

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  escalated: 'Escalated',
  resolved: 'Resolved',
};

export const isActive = (status: IncidentStatus): boolean => status !== 'resolved';

/** 45 -> "45 min", 106 -> "1 h 46 min", 1500 -> "1 d 1 h"; null or negative -> "–". */
export function formatMinutes(min: number | null | undefined): string {
  if (min === null || min === undefined || !Number.isFinite(min) || min < 0) return '–';
  const total = Math.round(min);
  if (total < 60) return `${total} min`;
  if (total < 24 * 60) {
    const h = Math.floor(total / 60);
    const m = total % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const d = Math.floor(total / (24 * 60));
  const h = Math.floor((total % (24 * 60)) / 60);
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}

export const formatDuration = (ms: number | null | undefined): string =>
  formatMinutes(ms === null || ms === undefined ? null : ms / MINUTE);

/** How long the incident has lasted: to its end, or to now while it is open. */
export function incidentDurationMs(incident: Pick<Incident, 'startAt' | 'endAt'>, nowMs: number): number {
  const start = Date.parse(incident.startAt);
  const end = incident.endAt === null ? nowMs : Date.parse(incident.endAt);
  return Math.max(0, end - start);
}

/** The normal complaints per minute the peak is compared with (peak / ratio). */
export function normalPerMinute(
  incident: Pick<Incident, 'peakComplaintsPerMinute' | 'peakRatio'>,
): number | null {
  return incident.peakRatio > 0 ? incident.peakComplaintsPerMinute / incident.peakRatio : null;
}

/** "36×", "2.5×"; a ratio under 10 keeps one decimal so 1.4× does not read as 1×. */
export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '–';
  return ratio < 10 ? `${(Math.round(ratio * 10) / 10).toString()}×` : `${Math.round(ratio)}×`;
}

/** Up to `n` category names, largest share first. */
export function topCategoryNames(incident: Pick<Incident, 'categories'>, n = 3): string[] {
  return [...incident.categories]
    .sort((a, b) => b.complaints - a.complaints || a.category.localeCompare(b.category))
    .slice(0, n)
    .map((c) => categoryName(c.category));
}

const dateAndClock = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "18 Nov 2026, 12:30": report periods need no seconds. */
export function formatWhen(isoOrMs: string | number): string {
  const ms = typeof isoOrMs === 'number' ? isoOrMs : Date.parse(isoOrMs);
  return Number.isFinite(ms) ? dateAndClock.format(ms) : '–';
}

/** Short stable label for an incident, e.g. in page titles: "Northwind Bank, 18 Nov 12:30". */
export function incidentTitle(brandName: string, startAt: string): string {
  const ms = Date.parse(startAt);
  const when = Number.isFinite(ms)
    ? new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(ms)
    : startAt;
  return `${brandName}, ${when}`;
}
