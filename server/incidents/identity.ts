import type { Incident } from '../../shared/incident';
import type { Store } from '../store/types';
import { type BrandIncident, HOUR_MS, MINUTE_MS } from './monitor-state';
import type { ReplayLog } from './replay';

/**
 * Incident identity across a re-analysis (late posts, a backfill, an import into a live brand). Ids are
 * `<brand>:<start>`, and a replay with more data may start the same outage a few minutes earlier: the
 * replayed incident then keeps the id of the stored incident it overlaps, so links and acknowledgement
 * clocks stay put. The stored incidents also pin their starts (replay.ts): older posts can add an earlier
 * story, but they do not fold an already alerted incident into it.
 */

/** The stored incidents a re-analysis from `from` replaces (alerted at or after it). */
export async function replacedIncidents(store: Store, brand: string, from: number): Promise<Incident[]> {
  const overlapping = await store.listIncidents({ brand, from, limit: 500 });
  return overlapping.filter((i) => Date.parse(i.alertAt) >= from);
}

/** The minutes at which a resolved incident no longer re-opens: the hour up to each stored start. */
export function pinsOf(stored: readonly Incident[]): Set<number> {
  const pins = new Set<number>();
  for (const i of stored) {
    const start = Date.parse(i.startAt);
    for (let t = start - HOUR_MS; t <= start; t += MINUTE_MS) pins.add(t);
  }
  return pins;
}

const span = (from: number, to: number | null, end: number) => ({ from, to: to ?? end });
const overlap = (a: { from: number; to: number }, b: { from: number; to: number }) =>
  a.from <= b.to && b.from <= a.to;

/** Replayed id -> stored id, for each replayed incident that overlaps a stored one under another id. */
export function keptIds(
  replayed: readonly BrandIncident[],
  stored: readonly Incident[],
  end: number,
): Map<string, string> {
  const used = new Set(replayed.map((i) => i.id).filter((id) => stored.some((s) => s.id === id)));
  const byAlert = [...stored].sort((a, b) => Date.parse(a.alertAt) - Date.parse(b.alertAt));
  const ids = new Map<string, string>();
  for (const inc of [...replayed].sort((a, b) => a.startT - b.startT)) {
    if (used.has(inc.id)) continue;
    const mine = span(inc.startT, inc.endT, end);
    const match = byAlert.find(
      (s) =>
        !used.has(s.id) &&
        overlap(mine, span(Date.parse(s.startAt), s.endAt === null ? null : Date.parse(s.endAt), end)),
    );
    if (!match) continue;
    used.add(match.id);
    ids.set(inc.id, match.id);
  }
  return ids;
}

/** Give the replayed incidents (and the state the engine continues from) their kept ids. */
export function applyIds(log: ReplayLog, ids: ReadonlyMap<string, string>): void {
  if (ids.size === 0) return;
  const rename = (i: BrandIncident): BrandIncident => ({ ...i, id: ids.get(i.id) ?? i.id });
  log.touched = new Map(
    [...log.touched.values()].map((t) => [
      ids.get(t.incident.id) ?? t.incident.id,
      { ...t, incident: rename(t.incident) },
    ]),
  );
  log.events = log.events.map((e) => ({ ...e, incident: rename(e.incident) }));
  const current = log.state.incidents.incident;
  if (current) log.state = { ...log.state, incidents: { ...log.state.incidents, incident: rename(current) } };
}

/**
 * Where an id that is no longer stored went: ids are `<brand>:<start ms>`, so the incident of that brand
 * that now covers that start, or starts nearest it within the hour after, answers for it (the route
 * redirects there). Null for an id that is stored,
 * malformed, or covered by nothing.
 */
export async function movedTo(store: Store, id: string): Promise<string | null> {
  const m = /^(.+):(\d{10,14})$/.exec(id);
  if (!m?.[1] || !m[2] || (await store.getIncident(id))) return null;
  const t = Number(m[2]);
  // Covering t, or starting within the hour after it (a replay may start the same outage a little later).
  const near = await store.listIncidents({ brand: m[1], from: t, to: t + HOUR_MS, limit: 10 });
  const distance = (i: Incident) => Math.abs(Date.parse(i.startAt) - t);
  const hit = near.sort((a, b) => distance(a) - distance(b))[0];
  return hit && hit.id !== id ? hit.id : null;
}
