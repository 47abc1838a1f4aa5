import { BUCKET_MS } from '../../shared/enums';
import type { Bucket } from '../../shared/enums';
import type { IncidentStatus } from '../../shared/incident';
import { formatClock } from './format';
import { RANGE_PRESETS, rangePreset } from './time-range';
import type { RangeId, TimeRange } from './time-range';

const HOUR = 3_600_000;
/** While an incident is open, Live shows it from this long before it began, for the normal level. */
export const INCIDENT_LEAD_MS = HOUR;
export const INCIDENT_WINDOW = 'incident';

export type LiveWindowId = RangeId | typeof INCIDENT_WINDOW;

/** What the Live charts show: a window, its bucket, and how to say it in words. */
export type LiveWindow = {
  id: LiveWindowId;
  /** Ends the sentence "Complaints per hour, …". */
  words: string;
  series: TimeRange;
  bucket: Bucket;
  bucketMs: number;
  /** From the window's start to now, for the time axis ticks. */
  spanMs: number;
  /** Buckets the sentiment line averages over, and that span in words. */
  smooth: number;
  smoothLabel: string;
  /** Where official posts for the markers are read from. */
  official: { kind: 'last'; ms: number } | { kind: 'from'; at: string };
  zoomed: boolean;
};

/**
 * The window Live draws. With an open incident and no window chosen in the URL, it zooms to the incident
 * (from an hour before it began) at 1-minute buckets, so the spike fills the chart instead of being one
 * or two bars at the right edge of 24 hours.
 */
export function liveWindow(param: string | null, incidentStart: string | null, nowMs: number): LiveWindow {
  const startMs = incidentStart === null ? Number.NaN : Date.parse(incidentStart);
  const wantsIncident = param === INCIDENT_WINDOW || param === null;
  if (wantsIncident && Number.isFinite(startMs)) {
    const fromMs = startMs - INCIDENT_LEAD_MS;
    const from = new Date(fromMs).toISOString();
    return {
      id: INCIDENT_WINDOW,
      words: `zoomed to the open incident: from ${formatClock(fromMs)}, an hour before it began, in 1-minute buckets`,
      series: { kind: 'since', from },
      bucket: '1m',
      bucketMs: BUCKET_MS['1m'],
      spanMs: Math.max(HOUR, nowMs - fromMs),
      smooth: 5,
      smoothLabel: '5 min',
      official: { kind: 'from', at: from },
      zoomed: true,
    };
  }
  const preset = rangePreset(param);
  return {
    id: preset.id,
    words: `last ${preset.label}`,
    series: { kind: 'last', id: preset.id },
    bucket: preset.bucket,
    bucketMs: BUCKET_MS[preset.bucket],
    spanMs: preset.ms,
    smooth: preset.smooth,
    smoothLabel: preset.smoothLabel,
    official: { kind: 'last', ms: preset.ms },
    zoomed: false,
  };
}

/** The window choices on Live: the incident first while one is open. */
export function liveWindowOptions(incidentOpen: boolean): { id: LiveWindowId; label: string }[] {
  const presets = RANGE_PRESETS.filter((r) => r.id !== '7d').map((r) => ({ id: r.id, label: r.label }));
  return incidentOpen ? [{ id: INCIDENT_WINDOW, label: 'Incident' }, ...presets] : presets;
}

/** Counts per bucket as a rate per hour, the one unit Live uses (cards, incident panel, chart). */
export const perHourFactor = (bucketMs: number): number => HOUR / bucketMs;

/** A background tab says what is going on: "● Incident — Northwind Bank". */
export function liveTitle(brandName: string | null, incidentStatus: IncidentStatus | null): string {
  if (brandName === null) return 'Live · Outcry';
  if (incidentStatus === 'escalated') return `● Escalated incident — ${brandName}`;
  if (incidentStatus !== null) return `● Incident — ${brandName}`;
  return `${brandName} · Live · Outcry`;
}
