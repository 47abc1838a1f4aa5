import { safeRatio } from './episode';
import type {
  Aggregator,
  Incident,
  IncidentEvent,
  IncidentEventKind,
  IncidentParams,
  IncidentState,
} from './incident-types';
import type { DetectorEvent } from './types';

export type * from './incident-types';

/** One bucket as the incident machine sees it: the detector's output for that bucket plus caller extras. */
export type IncidentInput<X> = {
  t: number;
  value: number;
  expected: number;
  events: readonly DetectorEvent[];
  extra?: X;
};

export type IncidentMachine<A, X> = {
  initial: () => IncidentState<A>;
  step: (
    state: IncidentState<A>,
    input: IncidentInput<X>,
  ) => { state: IncidentState<A>; events: IncidentEvent<A>[] };
};

/** For callers that fold nothing in. */
export const NO_AGGREGATES: Aggregator<null, never> = { empty: () => null, add: () => null };

/**
 * Incident state machine over detector events: `onset` opens (or, within `reopenMs` of the last
 * resolution, re-opens) an incident, `escalate` escalates it, `end` resolves it. While open, every
 * bucket updates its statistics; an `update` event is emitted when the peak grows.
 */
export function createIncidentMachine<A, X>(
  params: IncidentParams,
  agg: Aggregator<A, X>,
): IncidentMachine<A, X> {
  const perMinute = 60_000 / params.bucketMs;

  function fold(inc: Incident<A>, input: IncidentInput<X>): Incident<A> {
    const newPeak = input.value > inc.peakCount;
    return {
      ...addExtra(inc, input),
      peakCount: newPeak ? input.value : inc.peakCount,
      peakT: newPeak ? input.t : inc.peakT,
      peakPerMinute: Math.max(inc.peakPerMinute, input.value * perMinute),
      peakRatio: Math.max(inc.peakRatio, safeRatio(input.value, input.expected)),
      excessTotal: inc.excessTotal + Math.max(0, input.value - input.expected),
      durationMs: input.t + params.bucketMs - inc.startT,
    };
  }

  function addExtra(inc: Incident<A>, input: IncidentInput<X>): Incident<A> {
    return input.extra === undefined ? inc : { ...inc, aggregates: agg.add(inc.aggregates, input.extra) };
  }

  function open(ev: DetectorEvent): Incident<A> {
    const ep = ev.episode;
    return {
      id: `${params.key}:${ep.startT}`,
      status: 'open',
      startT: ep.startT,
      alertT: ev.t,
      peakT: ep.peakT,
      endT: null,
      resolvedT: null,
      durationMs: ev.t + params.bucketMs - ep.startT,
      // The buckets before the alert (the evidence) are summarised by the detector's episode.
      peakCount: ep.peakValue,
      peakPerMinute: ep.peakValue * perMinute,
      peakRatio: ep.peakRatio,
      excessTotal: ep.extra,
      level: 0,
      reopenCount: 0,
      aggregates: agg.empty(),
    };
  }

  function step(state: IncidentState<A>, input: IncidentInput<X>) {
    const out: IncidentEvent<A>[] = [];
    let inc = state.incident;
    const emit = (kind: IncidentEventKind, i: Incident<A>) => out.push({ kind, t: input.t, incident: i });
    for (const ev of input.events) {
      if (ev.kind === 'onset') {
        const recent =
          inc?.status === 'resolved' && inc.resolvedT !== null && ev.t - inc.resolvedT <= params.reopenMs;
        if (inc && recent) {
          const ep = ev.episode;
          const newPeak = ep.peakValue > inc.peakCount;
          inc = {
            ...inc,
            status: 'open',
            endT: null,
            resolvedT: null,
            reopenCount: inc.reopenCount + 1,
            excessTotal: inc.excessTotal + ep.extra,
            peakCount: newPeak ? ep.peakValue : inc.peakCount,
            peakT: newPeak ? ep.peakT : inc.peakT,
            peakPerMinute: Math.max(inc.peakPerMinute, ep.peakValue * perMinute),
            peakRatio: Math.max(inc.peakRatio, ep.peakRatio),
          };
          emit('reopen', inc);
        } else if (inc?.status !== 'open') {
          inc = open(ev);
          emit('open', inc);
        }
      } else if (ev.kind === 'escalate' && inc?.status === 'open') {
        inc = { ...inc, level: inc.level + 1 };
        emit('escalate', inc);
      } else if (ev.kind === 'end' && inc?.status === 'open') {
        const endT = Math.max(inc.startT, ev.episode.lastHotT + params.bucketMs);
        inc = { ...inc, status: 'resolved', endT, resolvedT: ev.t, durationMs: endT - inc.startT };
        emit('resolve', inc);
      }
    }
    if (inc?.status === 'open') {
      const opened = out.some((e) => e.kind === 'open');
      const before = inc.peakCount;
      inc = opened
        ? {
            ...inc,
            aggregates: input.extra === undefined ? inc.aggregates : agg.add(inc.aggregates, input.extra),
          }
        : fold(inc, input);
      if (!opened && inc.peakCount > before && out.length === 0) emit('update', inc);
    }
    return { state: { incident: inc }, events: out };
  }

  return { initial: () => ({ incident: null }), step };
}
