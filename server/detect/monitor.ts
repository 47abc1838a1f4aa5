import { createDetector } from './detector';
import type { Detector } from './detector';
import { createIncidentMachine } from './incident';
import type { Aggregator, IncidentEvent, IncidentMachine, IncidentState } from './incident';
import { DEFAULT_DETECTOR } from './params';
import type { DetectorOverrides } from './params';
import type { Bucket, DetectorEvent, DetectorState } from './types';

/**
 * Detector + incident machine for one series: what the live pipeline runs per brand on complaint
 * counts, and what `outcry detect` and the benchmark run on a CSV. An alert is a bucket where an
 * incident opens or escalates; a re-opened incident is an update of a known story, not a new alert.
 */

export type MonitorState<A> = { detector: DetectorState; incidents: IncidentState<A> };

export type MonitorStep<A> = {
  state: MonitorState<A>;
  expected: number;
  low: number;
  high: number;
  detectorEvents: DetectorEvent[];
  incidentEvents: IncidentEvent<A>[];
  alert: boolean;
  /** In [0, 1], >= 0.5 exactly when `alert`. */
  score: number;
};

export type Monitor<A, X> = {
  detector: Detector;
  incidents: IncidentMachine<A, X>;
  initial: () => MonitorState<A>;
  step: (state: MonitorState<A>, bucket: Bucket & { extra?: X }) => MonitorStep<A>;
};

/** A renewed excess within this long after resolution re-opens the incident (the detector's follow-up window). */
export const DEFAULT_REOPEN_MS = DEFAULT_DETECTOR.followUpMs;

export type MonitorOptions = { key?: string; reopenMs?: number; detector?: DetectorOverrides };

export function createMonitor<A, X>(
  bucketMs: number,
  aggregator: Aggregator<A, X>,
  options: MonitorOptions = {},
): Monitor<A, X> {
  // One notion of "shortly after": the detector's follow-up window is the incidents' re-open window.
  const followUp = options.reopenMs === undefined ? {} : { followUpMs: options.reopenMs };
  const detector = createDetector(bucketMs, { ...options.detector, ...followUp });
  const incidents = createIncidentMachine<A, X>(
    { bucketMs, reopenMs: detector.params.followUpMs, key: options.key ?? 'series' },
    aggregator,
  );
  return {
    detector,
    incidents,
    initial: () => ({ detector: detector.initial(), incidents: incidents.initial() }),
    step(state, bucket) {
      const d = detector.step(state.detector, { t: bucket.t, value: bucket.value });
      const input = { t: bucket.t, value: bucket.value, expected: d.expected, events: d.events };
      const inc = incidents.step(
        state.incidents,
        bucket.extra === undefined ? input : { ...input, extra: bucket.extra },
      );
      const alert = inc.events.some((e) => e.kind === 'open' || e.kind === 'escalate');
      return {
        state: { detector: d.state, incidents: inc.state },
        expected: d.expected,
        low: d.low,
        high: d.high,
        detectorEvents: d.events,
        incidentEvents: inc.events,
        alert,
        score: alert ? Math.max(0.5, d.score) : Math.min(0.49, d.score),
      };
    },
  };
}
