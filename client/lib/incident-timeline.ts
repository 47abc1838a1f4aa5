import type { CommWave } from '../../shared/communication';
import type { IncidentPoint } from '../../shared/incident';
import type { ComplaintRow } from './complaint-rows';
import { toComplaintRow } from './complaint-rows';

const MINUTE = 60_000;
/** The second-wave figures cover the hour from the wave's start. */
export const WAVE_SPAN_MS = 60 * MINUTE;

export type TimelineRow = ComplaintRow;

export const toTimelineRows = (points: readonly IncidentPoint[]): TimelineRow[] => points.map(toComplaintRow);

/** Second waves of communication complaints as time spans (the hour each is measured over). */
export function waveSpans(
  waves: readonly CommWave[],
): { id: string; from: number; to: number; failure: boolean }[] {
  return waves
    .map((w) => {
      const from = Date.parse(w.startAt);
      return { id: w.startAt, from, to: from + WAVE_SPAN_MS, failure: w.failure };
    })
    .filter((w) => Number.isFinite(w.from));
}

/**
 * Rows over a shared "minutes since start" axis, for the small multiples on Compare: every brand's
 * incident starts at 0, so a faster or slower response is visible side by side.
 */
export function toRelativeRows(
  points: readonly IncidentPoint[],
  startAt: string,
): { min: number; complaints: number; expected: number | null }[] {
  const start = Date.parse(startAt);
  return points.map((p) => ({
    min: Math.round((Date.parse(p.t) - start) / MINUTE),
    complaints: p.complaints,
    expected: p.expected,
  }));
}
