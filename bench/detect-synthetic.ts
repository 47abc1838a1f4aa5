import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../server/detect/season';
import { NO_AGGREGATES } from '../server/detect/incident';
import { createMonitor } from '../server/detect/monitor';
import type { MonitorState } from '../server/detect/monitor';
import { seededRng, simulateBucket } from './lib/detect-traffic';
import type { Burst, Rng, Traffic } from './lib/detect-traffic';

/**
 * Synthetic part of the detector benchmark, at 1-minute buckets, through the same monitor (detector +
 * incidents) as the live pipeline. Everything is seeded: the same run prints the same numbers.
 */

const BUCKET = MINUTE_MS;
const START = Date.UTC(2026, 0, 5); // a Monday, 00:00 UTC

export type OnsetResult = {
  factor: number;
  trials: number;
  detected: number;
  median: number | null;
  max: number | null;
  withinTarget: number;
};
export type FalseAlertResult = {
  scenario: string;
  series: 'complaints' | 'posts';
  weeks: number;
  alerts: number;
};

type SimMonitor = ReturnType<typeof createMonitor<null, never>>;

function run(
  monitor: SimMonitor,
  state: MonitorState<null>,
  rng: Rng,
  traffic: Traffic,
  from: number,
  to: number,
  bursts: { step?: Burst; buzz?: Burst },
  onAlert: (t: number) => void,
  series: 'complaints' | 'posts' = 'complaints',
): MonitorState<null> {
  let s = state;
  for (let t = from; t < to; t += BUCKET) {
    const b = simulateBucket(rng, traffic, t, BUCKET, bursts.step ?? null, bursts.buzz ?? null);
    const r = monitor.step(s, { t, value: series === 'complaints' ? b.complaints : b.posts });
    if (r.alert) onAlert(t);
    s = r.state;
  }
  return s;
}

/** Buckets from the start of a step to the first alert (1 = alerted on the first elevated bucket). */
export function onsetDelays(
  traffic: Traffic,
  factors: number[],
  seeds: number,
  warmupMs = 2 * WEEK_MS,
): OnsetResult[] {
  const monitor = createMonitor<null, never>(BUCKET, NO_AGGREGATES);
  const delays = new Map<number, number[]>(factors.map((f) => [f, []]));
  for (let seed = 1; seed <= seeds; seed++) {
    const rng = seededRng(seed);
    const warm = run(monitor, monitor.initial(), rng, traffic, START, START + warmupMs, {}, () => {});
    // The state is plain JSON: every factor branches from an identical copy of the warmed-up detector.
    const snapshot = JSON.stringify(warm);
    for (const factor of factors) {
      const branch = seededRng(seed * 1000 + factor);
      const from = START + warmupMs + Math.floor((branch() * DAY_MS) / BUCKET) * BUCKET;
      const step: Burst = { from, to: from + 3 * HOUR_MS, factor };
      let first: number | null = null;
      const begin = START + warmupMs;
      run(
        monitor,
        JSON.parse(snapshot) as MonitorState<null>,
        branch,
        traffic,
        begin,
        step.to,
        { step },
        (t) => {
          if (t >= from && first === null) first = t;
        },
      );
      const found: number | null = first;
      if (found !== null) delays.get(factor)?.push((found - from) / BUCKET + 1);
    }
  }
  return factors.map((factor) => {
    const d = (delays.get(factor) ?? []).sort((a, b) => a - b);
    const target = factor >= 20 ? 1 : factor >= 5 ? 5 : Number.POSITIVE_INFINITY;
    return {
      factor,
      trials: seeds,
      detected: d.length,
      median: d.length ? (d[Math.floor((d.length - 1) / 2)] ?? null) : null,
      max: d.length ? (d[d.length - 1] ?? null) : null,
      withinTarget: d.filter((x) => x <= target).length,
    };
  });
}

/** Alerts per simulated week of normal traffic, optionally with one positive-buzz burst per week. */
export function falseAlerts(
  traffic: Traffic,
  scenario: { name: string; buzzFactor: number | null; buzzHours: number },
  series: 'complaints' | 'posts',
  seeds: number,
  weeks: number,
): FalseAlertResult {
  const monitor = createMonitor<null, never>(BUCKET, NO_AGGREGATES);
  let alerts = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const rng = seededRng(10_000 + seed);
    let state = run(monitor, monitor.initial(), rng, traffic, START, START + WEEK_MS, {}, () => {}, series);
    for (let w = 1; w <= weeks; w++) {
      const from = START + w * WEEK_MS;
      const buzzStart = from + Math.floor((rng() * (WEEK_MS - DAY_MS)) / HOUR_MS) * HOUR_MS;
      const buzz: Burst | undefined =
        scenario.buzzFactor === null
          ? undefined
          : { from: buzzStart, to: buzzStart + scenario.buzzHours * HOUR_MS, factor: scenario.buzzFactor };
      state = run(
        monitor,
        state,
        rng,
        traffic,
        from,
        from + WEEK_MS,
        buzz ? { buzz } : {},
        () => {
          alerts += 1;
        },
        series,
      );
    }
  }
  return { scenario: scenario.name, series, weeks: seeds * weeks, alerts };
}
