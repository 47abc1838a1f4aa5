import type { IncidentEventKind } from '../detect/incident';
import type { Store } from '../store/types';
import { complaintMinutes, firstDataMinute } from './minutes';
import {
  type BrandIncident,
  type BrandMonitorKit,
  type BrandMonitorState,
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
} from './monitor-state';

export type MachineEvent = { kind: IncidentEventKind; t: number; incident: BrandIncident };

/** The latest version of an incident the replay changed, and the minute it last changed in. */
export type Touched = { incident: BrandIncident; changedAt: number; events: IncidentEventKind[] };

/** What stepping the monitor over a run of minutes produced. Accumulates over several `advance` calls. */
export type ReplayLog = {
  state: BrandMonitorState;
  cursor: number;
  events: MachineEvent[];
  touched: Map<string, Touched>;
  checkpoints: { t: number; state: string }[];
  /** Start minutes of stored incidents a re-analysis must keep as stories of their own (see `advance`). */
  pins: ReadonlySet<number>;
};

export const startLog = (
  state: BrandMonitorState,
  cursor: number,
  pins: ReadonlySet<number> = new Set(),
): ReplayLog => ({
  state,
  cursor,
  events: [],
  touched: new Map(),
  checkpoints: [],
  pins,
});

/**
 * Steps the monitor over consecutive minutes starting at `log.cursor` (values[i] = complaints in minute
 * cursor + i). Before each whole hour at or after `checkpointFrom` it records a checkpoint of the state.
 * At a pinned minute (the start of a stored incident), a resolved incident is dropped from the state, so
 * an onset there opens a new incident instead of re-opening the earlier one.
 */
export function advance(
  kit: BrandMonitorKit,
  log: ReplayLog,
  values: readonly number[],
  checkpointFrom: number,
): void {
  let { state, cursor } = log;
  for (const value of values) {
    const t = cursor;
    if (t % HOUR_MS === 0 && t >= checkpointFrom) log.checkpoints.push({ t, state: kit.serialise(state) });
    // A stored incident that was alerted as a story of its own stays one: older posts that arrived since
    // may add an earlier incident, but it is not re-opened by this one (its start would jump back hours).
    if (log.pins.has(t) && state.incidents.incident?.status === 'resolved')
      state = { ...state, incidents: { ...state.incidents, incident: null } };
    const before = state.incidents.incident;
    const step = kit.monitor.step(state, { t, value });
    state = step.state;
    for (const e of step.incidentEvents) log.events.push({ kind: e.kind, t: e.t, incident: e.incident });
    const after = state.incidents.incident;
    if (after && after !== before) {
      const prev = log.touched.get(after.id);
      const kinds = step.incidentEvents.filter((e) => e.incident.id === after.id).map((e) => e.kind);
      log.touched.set(after.id, {
        incident: after,
        changedAt: t,
        events: [...(prev?.events ?? []), ...kinds],
      });
    }
    cursor = t + MINUTE_MS;
  }
  log.state = state;
  log.cursor = cursor;
}

/** A stretch this long without a single post is a hole in the data (an archive, a feed that was off), not
 * a week of zeros: the replay jumps over it, and the detector treats it as a gap. It first steps on through
 * empty minutes until no excess is open, as live delivery would, so an archived outage ends and resolves
 * where the data says, never a year later. */
export const DATA_GAP_MS = 7 * DAY_MS;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Steps the brand's monitor over its stored complaints from `log.cursor` up to `end`, a day at a time
 * (yielding to the event loop in between), jumping holes in the data (see `DATA_GAP_MS`). Checkpoints
 * are recorded from `checkpointFrom` on (pass Infinity for none).
 */
export async function replayUntil(
  store: Store,
  kit: BrandMonitorKit,
  brand: string,
  log: ReplayLog,
  end: number,
  checkpointFrom: number,
): Promise<void> {
  while (log.cursor < end) {
    if (end - log.cursor >= DATA_GAP_MS && log.state.detector.episode === null) {
      const next = await firstDataMinute(store, brand, log.cursor, end);
      if (next === null || next - log.cursor >= DATA_GAP_MS) {
        log.cursor = next ?? end;
        continue;
      }
    }
    const chunkEnd = Math.min(end, log.cursor + DAY_MS);
    advance(kit, log, await complaintMinutes(store, brand, log.cursor, chunkEnd), checkpointFrom);
    if (chunkEnd < end) await yieldToLoop();
  }
}
