import type { BacktestIncident, BacktestLabel, BacktestResponse, BacktestScore } from '../../shared/backtest';
import { toIso } from '../../shared/time';
import type { Store } from '../store/types';
import { firstDataMinute, lastDataMinute } from './minutes';
import { type BrandIncident, DAY_MS, MINUTE_MS, type MonitorSettings, brandMonitor } from './monitor-state';
import { replayUntil, startLog } from './replay';

/**
 * What the detector would have raised on a brand's stored history: a fresh replay from the brand's first
 * post to a day after its last (so an excess at the end of the data can end), never past `now`. Read-only:
 * the engine's state and the stored incidents are left alone. With labels (known outages), each incident
 * is matched to the outages it overlaps, and precision, recall and the alert delay are scored.
 */

/** Labelled times are approximate: an incident within this long of a label's window matches it. */
export const LABEL_SLACK_MS = 30 * MINUTE_MS;

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
type Window = { from: number; to: number };

export async function backtest(
  store: Store,
  opts: { brand?: string; labels?: readonly BacktestLabel[]; now: number; settings?: MonitorSettings },
): Promise<BacktestResponse> {
  const brands = opts.brand === undefined ? (await store.listBrands()).map((b) => b.id) : [opts.brand];
  const out: BacktestResponse['brands'] = [];
  for (const brand of brands) {
    const first = await firstDataMinute(store, brand, 0, opts.now);
    const last = first === null ? null : await lastDataMinute(store, brand, first, opts.now);
    if (first === null || last === null) {
      out.push({ brand, from: null, to: null, minutes: 0, incidents: [] });
      continue;
    }
    const kit = brandMonitor(brand, opts.settings);
    const end = Math.max(
      first + MINUTE_MS,
      Math.min(Math.floor(opts.now / MINUTE_MS) * MINUTE_MS, last + DAY_MS),
    );
    const log = startLog(kit.monitor.initial(), first);
    await replayUntil(store, kit, brand, log, end, Number.POSITIVE_INFINITY);
    const incidents = [...log.touched.values()]
      .map((t) => t.incident)
      .sort((a, b) => a.startT - b.startT)
      .map((inc) => toBacktestIncident(brand, inc, end, opts.labels));
    out.push({
      brand,
      from: toIso(first),
      to: toIso(last),
      minutes: (last - first) / MINUTE_MS + 1,
      incidents,
    });
  }
  return { brands: out, score: opts.labels ? score(out, opts.labels, new Set(brands)) : null };
}

const labelWindow = (l: BacktestLabel): Window => ({
  from: l.start - LABEL_SLACK_MS,
  to: (l.end ?? l.start) + LABEL_SLACK_MS,
});
const incidentWindow = (i: { startT: number; endT: number | null }, end: number): Window => ({
  from: i.startT,
  to: i.endT ?? end,
});
const overlaps = (a: Window, b: Window): boolean => a.from <= b.to && b.from <= a.to;
const concerns = (l: BacktestLabel, brand: string): boolean => l.brand === undefined || l.brand === brand;

function toBacktestIncident(
  brand: string,
  inc: BrandIncident,
  end: number,
  labels: readonly BacktestLabel[] | undefined,
): BacktestIncident {
  const win = incidentWindow(inc, end);
  const hits = labels?.filter((l) => concerns(l, brand) && overlaps(labelWindow(l), win)) ?? [];
  const first = hits.reduce<BacktestLabel | null>((a, l) => (a === null || l.start < a.start ? l : a), null);
  return {
    id: inc.id,
    brand,
    startAt: toIso(inc.startT),
    alertAt: toIso(inc.alertT),
    peakAt: toIso(inc.peakT),
    endAt: inc.endT === null ? null : toIso(inc.endT),
    peakRatio: round(inc.peakRatio, 2),
    excessComplaints: round(inc.excessTotal),
    alertDelayMinutes: round((inc.alertT - inc.startT) / MINUTE_MS),
    labelDelayMinutes: first === null ? null : round((inc.alertT - first.start) / MINUTE_MS),
    matched: labels ? hits.length > 0 : null,
  };
}

function score(
  brands: BacktestResponse['brands'],
  labels: readonly BacktestLabel[],
  replayed: ReadonlySet<string>,
): BacktestScore {
  // Labels of brands outside the replay (e.g. --brand picked another) are not counted against it.
  const relevant = labels.filter((l) => l.brand === undefined || replayed.has(l.brand));
  const incidents = brands.flatMap((b) => b.incidents);
  const delays: number[] = [];
  let detected = 0;
  for (const l of relevant) {
    const w = labelWindow(l);
    const hits = incidents.filter(
      (i) => concerns(l, i.brand) && overlaps(w, { from: Date.parse(i.startAt), to: endOf(i) }),
    );
    if (hits.length === 0) continue;
    detected += 1;
    delays.push(Math.min(...hits.map((i) => (Date.parse(i.alertAt) - l.start) / MINUTE_MS)));
  }
  const matched = incidents.filter((i) => i.matched).length;
  delays.sort((a, b) => a - b);
  const mid = delays.length === 0 ? null : (delays[Math.floor((delays.length - 1) / 2)] ?? null);
  return {
    labels: relevant.length,
    detected,
    incidents: incidents.length,
    matchedIncidents: matched,
    precision: incidents.length ? round(matched / incidents.length, 3) : null,
    recall: relevant.length ? round(detected / relevant.length, 3) : null,
    medianDelayMinutes: mid === null ? null : round(mid),
  };
}

const endOf = (i: BacktestIncident): number =>
  i.endAt === null ? Number.POSITIVE_INFINITY : Date.parse(i.endAt);
