import type { Incident } from '../../shared/incident';

/** What we last saw of each unresolved incident: its level (0 on open, higher when escalated). */
export type Seen = ReadonlyMap<string, number>;

export type IncidentAlert = { id: string; title: string; body: string };

type Listed = Pick<Incident, 'id' | 'brand' | 'status' | 'level' | 'peakRatio'>;

/**
 * The notifications a change in the incident list deserves: an incident that opened, or one that
 * escalated, since `seen`. `seen` null is the first look, which only remembers (no alert for incidents
 * that were already open when the page was opened).
 */
export function incidentAlerts(
  seen: Seen | null,
  items: readonly Listed[],
  brandName: (id: string) => string,
): { seen: Map<string, number>; alerts: IncidentAlert[] } {
  const next = new Map<string, number>();
  const alerts: IncidentAlert[] = [];
  for (const incident of items) {
    if (incident.status === 'resolved') continue;
    next.set(incident.id, incident.level);
    if (seen === null) continue;
    const before = seen.get(incident.id);
    const name = brandName(incident.brand);
    if (before === undefined) {
      alerts.push({
        id: incident.id,
        title: `Incident — ${name}`,
        body: `Complaints about ${name} are far above normal.`,
      });
    } else if (incident.level > before) {
      alerts.push({
        id: incident.id,
        title: `Escalated — ${name}`,
        body: `The incident at ${name} escalated to level ${incident.level + 1}.`,
      });
    }
  }
  return { seen: next, alerts };
}

/** A round favicon in the state's colour, so a background tab shows an incident at a glance. */
export function faviconHref(incident: boolean): string {
  const fill = incident ? '%23c43a2f' : '%232b59c3';
  return `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='6' fill='${fill}'/%3E%3C/svg%3E`;
}
