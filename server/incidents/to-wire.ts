import type { Incident, IncidentStatus, IncidentSummary } from '../../shared/incident';
import { toIso } from '../../shared/time';
import type { IncidentDetails } from './details';
import { type BrandIncident, MINUTE_MS } from './monitor-state';

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

export const wireStatus = (inc: BrandIncident): IncidentStatus =>
  inc.status === 'resolved' ? 'resolved' : inc.level > 0 ? 'escalated' : 'open';

/** End of the window the incident's post figures cover: its end, or the last minute it changed in. */
export const detailsWindowEnd = (inc: BrandIncident, changedAt: number): number =>
  inc.endT ?? changedAt + MINUTE_MS;

/** The detector's incident plus its post-derived figures, as the API and webhooks show it. */
export function toWire(
  brand: string,
  inc: BrandIncident,
  changedAt: number,
  details: IncidentDetails,
): Incident {
  return {
    id: inc.id,
    brand,
    status: wireStatus(inc),
    level: inc.level,
    reopenCount: inc.reopenCount,
    startAt: toIso(inc.startT),
    alertAt: toIso(inc.alertT),
    peakAt: toIso(inc.peakT),
    endAt: inc.endT === null ? null : toIso(inc.endT),
    durationMs: inc.durationMs,
    peakComplaintsPerMinute: round(inc.peakPerMinute, 2),
    peakRatio: round(inc.peakRatio, 2),
    excessComplaints: round(inc.excessTotal, 1),
    ...details,
    updatedAt: toIso(changedAt + MINUTE_MS),
  };
}

export const summarise = (i: Incident): IncidentSummary => ({
  id: i.id,
  brand: i.brand,
  status: i.status,
  level: i.level,
  startAt: i.startAt,
  peakAt: i.peakAt,
  endAt: i.endAt,
  peakComplaintsPerMinute: i.peakComplaintsPerMinute,
  peakRatio: i.peakRatio,
  excessComplaints: i.excessComplaints,
});
