import type { Brand } from '../../shared/brand';
import type { Incident } from '../../shared/incident';
import type { Store } from '../store/types';
import { type IncidentDetails, computeDetails } from './details';
import { applyIds, keptIds, pinsOf, replacedIncidents } from './identity';
import { firstDataMinute } from './minutes';
import { type BrandMonitorKit, type BrandMonitorState, MINUTE_MS } from './monitor-state';
import { type MachineEvent, type Touched, replayUntil, startLog } from './replay';
import { detailsWindowEnd, toWire, wireStatus } from './to-wire';

export type BrandRunOptions = {
  /** how long hourly checkpoints are kept (history of any age is replayed: the data bounds it, not this) */
  historyMs: number;
  /** post-derived figures of an open incident are recomputed at most this often (in data time) */
  detailsRefreshMs: number;
};

/** An incident event with the incident as it was then (for alert keys) and as stored now. */
export type PublishedEvent = MachineEvent & { wire: Incident };

export type BrandRunResult = { cursor: number | null; events: PublishedEvent[] };

const NONE: BrandRunResult = { cursor: null, events: [] };

type Start = {
  origin: number;
  cursor: number;
  state: BrandMonitorState;
  /** incidents alerted at or after this minute are replaced by what the replay produces */
  replaceFrom: number | null;
  dropCheckpointsFrom: number | null;
};

/** Where to continue: the saved cursor, a checkpoint before posts that arrived late, or the beginning. */
async function startingPoint(store: Store, kit: BrandMonitorKit, brand: string, end: number) {
  const rec = await store.getMonitor(brand);
  const state = kit.parse(rec?.state ?? null);
  const fresh = async (): Promise<Start | null> => {
    // From the brand's first post, however old: an imported archive is analysed like live delivery.
    const origin = await firstDataMinute(store, brand, 0, end);
    if (origin === null) return null;
    const initial = kit.monitor.initial();
    return { origin, cursor: origin, state: initial, replaceFrom: origin, dropCheckpointsFrom: -1 };
  };
  if (!rec || !state || rec.origin === null || rec.cursor === null) return { rec, start: await fresh() };
  const start: Start = {
    origin: rec.origin,
    cursor: rec.cursor,
    state,
    replaceFrom: null,
    dropCheckpointsFrom: null,
  };
  if (rec.rewindFrom === null || rec.rewindFrom >= rec.cursor) return { rec, start };
  const from = rec.rewindFrom;
  if (from < rec.origin) return { rec, start: await fresh() };
  const cp = await store.monitorCheckpoint(brand, from);
  const cpState = cp && cp.t >= rec.origin ? kit.parse(cp.state) : null;
  const at =
    cp && cpState ? { cursor: cp.t, state: cpState } : { cursor: rec.origin, state: kit.monitor.initial() };
  return { rec, start: { ...start, ...at, replaceFrom: at.cursor, dropCheckpointsFrom: at.cursor } };
}

/**
 * Runs one brand's monitor over its complete minutes up to `end`, replaying from a checkpoint when posts
 * arrived for minutes already processed, then stores the incidents it changed and its new state.
 */
export async function runBrand(
  store: Store,
  kit: BrandMonitorKit,
  brand: Brand,
  end: number,
  opts: BrandRunOptions,
): Promise<BrandRunResult> {
  const horizon = end - opts.historyMs;
  const { rec, start } = await startingPoint(store, kit, brand.id, end);
  if (!start || (start.cursor >= end && start.replaceFrom === null))
    return { ...NONE, cursor: rec?.cursor ?? null };

  const stored =
    start.replaceFrom === null ? [] : await replacedIncidents(store, brand.id, start.replaceFrom);
  const log = startLog(start.state, start.cursor, pinsOf(stored));
  await replayUntil(store, kit, brand.id, log, end, horizon);
  if (start.replaceFrom !== null) await restoreUntouched(store, start, log.touched);
  applyIds(
    log,
    keptIds(
      [...log.touched.values()].map((t) => t.incident),
      stored,
      log.cursor,
    ),
  );

  const events: PublishedEvent[] = [];
  const wires = new Map<string, Incident>();
  for (const [id, t] of log.touched) {
    const prev = await store.getIncident(id);
    const windowEnd = detailsWindowEnd(t.incident, t.changedAt);
    const stale = prev === null || windowEnd - Date.parse(prev.detailsUntil) >= opts.detailsRefreshMs;
    const alerting = t.events.some((k) => k !== 'update');
    const details =
      start.replaceFrom !== null || alerting || stale
        ? await computeDetails(store, brand, t.incident.startT, windowEnd)
        : pickDetails(prev);
    const wire = toWire(brand.id, t.incident, t.changedAt, details);
    wires.set(id, wire);
    if (prev && t.events.length === 0 && prev.detailsUntil !== wire.detailsUntil)
      events.push({ kind: 'update', t: t.changedAt, incident: t.incident, wire });
  }
  for (const e of log.events) {
    const wire = wires.get(e.incident.id);
    if (wire) events.push({ ...e, wire });
  }
  events.sort((a, b) => a.t - b.t);

  if (start.replaceFrom !== null)
    await store.replaceIncidents(brand.id, start.replaceFrom, [...wires.values()]);
  else await store.upsertIncidents([...wires.values()]);
  await store.saveMonitor({
    brand: brand.id,
    origin: start.origin,
    cursor: log.cursor,
    state: kit.serialise(log.state),
    consumedSeq: rec?.rewindSeq ?? 0,
    checkpoints: log.checkpoints,
    dropCheckpointsFrom: start.dropCheckpointsFrom,
    pruneCheckpointsBefore: horizon,
  });
  return { cursor: log.cursor, events };
}

const pickDetails = (i: Incident): IncidentDetails => ({
  complaints: i.complaints,
  uniqueAuthors: i.uniqueAuthors,
  sentiment: i.sentiment,
  categories: i.categories,
  terms: i.terms,
  examples: i.examples,
  sample: i.sample,
  detailsUntil: i.detailsUntil,
});

/**
 * The incident the replay started with may have been changed in the store by the history being replaced
 * (e.g. re-opened by posts that are now gone from it); if the replay did not touch it, put it back.
 */
async function restoreUntouched(store: Store, start: Start, touched: Map<string, Touched>): Promise<void> {
  const inc = start.state.incidents.incident;
  if (!inc || touched.has(inc.id)) return;
  const prev = await store.getIncident(inc.id);
  if (
    prev &&
    prev.status === wireStatus(inc) &&
    prev.reopenCount === inc.reopenCount &&
    prev.level === inc.level
  )
    return;
  touched.set(inc.id, {
    incident: inc,
    changedAt: Math.max(inc.startT, start.cursor - MINUTE_MS),
    events: [],
  });
}
