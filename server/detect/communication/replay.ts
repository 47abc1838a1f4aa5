import { NO_AGGREGATES } from '../incident';
import type { Incident } from '../incident';
import { type MonitorOptions, createMonitor } from '../monitor';
import type { Bucket } from '../types';
import { type ExpectedPoint, MINUTE_MS } from './types';

/** Fill a sparse count series (e.g. store rollups, which skip empty buckets) with zeros over [from, to). */
export function denseSeries(
  rows: readonly { t: number; value: number }[],
  from: number,
  to: number,
  bucketMs = MINUTE_MS,
): Bucket[] {
  const first = Math.floor(from / bucketMs) * bucketMs;
  const byT = new Map(rows.map((r) => [r.t, r.value]));
  const out: Bucket[] = [];
  for (let t = first; t < to; t += bucketMs) out.push({ t, value: byT.get(t) ?? 0 });
  return out;
}

/**
 * Replay a count series through the live detector + incident machine: the expected value of every
 * bucket (what "above expected" means for fix claims) and the incidents, latest version of each.
 */
export function monitorSeries(
  buckets: readonly Bucket[],
  bucketMs = MINUTE_MS,
  options: MonitorOptions = {},
): { points: ExpectedPoint[]; incidents: Incident<null>[] } {
  const monitor = createMonitor(bucketMs, NO_AGGREGATES, options);
  let state = monitor.initial();
  const points: ExpectedPoint[] = [];
  const incidents = new Map<string, Incident<null>>();
  for (const b of buckets) {
    const step = monitor.step(state, b);
    state = step.state;
    points.push({ t: b.t, value: b.value, expected: step.expected });
    for (const ev of step.incidentEvents) incidents.set(ev.incident.id, ev.incident);
    const open = state.incidents.incident;
    if (open?.status === 'open') incidents.set(open.id, open);
  }
  return { points, incidents: [...incidents.values()] };
}
