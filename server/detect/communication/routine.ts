import type { RoutineDuring } from '../../../shared/communication';
import { officialDuring } from './ack-clock';
import { officialRef } from './posts';
import { type IncidentSpan, type OfficialPost, minutesBetween } from './types';

/**
 * Routine and marketing posts the account made while the incident was open (start to end, or now):
 * scheduled promotion that keeps running during an outage is a finding of its own.
 */
export function routineDuring(
  official: readonly OfficialPost[],
  incident: IncidentSpan,
  now: number,
): RoutineDuring[] {
  const until = incident.endT ?? now;
  return officialDuring(official, incident, until)
    .filter((p) => p.kind === 'routine')
    .map((p) => ({ post: officialRef(p), minutesIn: minutesBetween(incident.startT, p.t) }));
}
