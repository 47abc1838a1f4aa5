import type { Incident, IncidentDetail } from '../../shared/incident';
import { toIso } from '../../shared/time';
import type { Store } from '../store/types';
import { complaintMinutes } from './minutes';
import { DAY_MS, HOUR_MS, MINUTE_MS, type MonitorSettings, brandMonitor } from './monitor-state';

const CONTEXT_MS = HOUR_MS;
const MAX_SPAN_MS = 7 * DAY_MS;
const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * The incident's minutes with an hour either side: complaints and the detector's expected level and band
 * as the detector saw them (replayed from the checkpoint before the window, so nothing is re-learned
 * differently). Minutes the engine has not processed yet are left out; long incidents show 7 days.
 */
export async function incidentSeries(
  store: Store,
  incident: Incident,
  settings: MonitorSettings = {},
): Promise<IncidentDetail['series']> {
  const rec = await store.getMonitor(incident.brand);
  const kit = brandMonitor(incident.brand, settings);
  const from = Date.parse(incident.startAt) - CONTEXT_MS;
  const last = Date.parse(incident.endAt ?? incident.updatedAt) + CONTEXT_MS;
  const to = Math.max(from, Math.min(last, rec?.cursor ?? last, from + MAX_SPAN_MS));
  const empty = { bucket: '1m' as const, from: toIso(from), to: toIso(to), points: [] };
  if (to <= from) return empty;

  const cp = await store.monitorCheckpoint(incident.brand, from);
  const cpState = cp ? kit.parse(cp.state) : null;
  const origin = rec?.origin ?? null;
  // Checkpoints exist from the brand's origin on; before the first one, replay from the origin itself.
  let state = cp && cpState ? cpState : kit.monitor.initial();
  const start = cp && cpState ? cp.t : Math.min(from, origin ?? from);
  const values = await complaintMinutes(store, incident.brand, start, to);
  const points: IncidentDetail['series']['points'] = [];
  values.forEach((value, i) => {
    const t = start + i * MINUTE_MS;
    const known = origin !== null && t >= origin;
    const ready = known && kit.ready(state);
    const step = kit.monitor.step(state, { t, value });
    if (known) state = step.state;
    if (t < from) return;
    points.push({
      t: toIso(t),
      complaints: value,
      expected: ready ? round(step.expected) : null,
      expectedLow: ready ? round(step.low) : null,
      expectedHigh: ready ? round(step.high) : null,
    });
  });
  return { ...empty, points };
}
