import { describe, expect, it } from 'vitest';
import { NO_AGGREGATES, createIncidentMachine } from '../../../server/detect/incident';
import type { Aggregator, IncidentEvent, IncidentInput } from '../../../server/detect/incident';
import { createMonitor } from '../../../server/detect/monitor';
import type { MonitorState } from '../../../server/detect/monitor';
import type { DetectorEvent, Episode } from '../../../server/detect/types';
import { HOUR, MIN, T0, daily, series } from './series';

const episode = (over: Partial<Episode>): Episode => ({
  startT: T0,
  unit: 5,
  excess: 0,
  extra: 0,
  magnitude: 0,
  peak: 0,
  peakValue: 0,
  peakT: T0,
  peakRatio: 0,
  rate: 0,
  alerted: true,
  alertRatio: 0,
  refLevel: 5,
  lastHotT: T0,
  belowPeak: 0,
  ...over,
});

const ev = (kind: DetectorEvent['kind'], t: number, ep: Partial<Episode> = {}): DetectorEvent => ({
  kind,
  t,
  value: 0,
  expected: 5,
  ratio: 1,
  z: 0,
  episode: episode(ep),
});

const at = (minute: number) => T0 + minute * MIN;

type Extra = { authors: string[]; negative: number };
type Agg = { authors: Record<string, number>; negative: number; posts: number };
const agg: Aggregator<Agg, Extra> = {
  empty: () => ({ authors: {}, negative: 0, posts: 0 }),
  add: (acc, x) => {
    const authors = { ...acc.authors };
    for (const a of x.authors) authors[a] = (authors[a] ?? 0) + 1;
    return { authors, negative: acc.negative + x.negative, posts: acc.posts + x.authors.length };
  },
};

function drive<A, X>(machine: ReturnType<typeof createIncidentMachine<A, X>>, inputs: IncidentInput<X>[]) {
  let state = machine.initial();
  const out: IncidentEvent<A>[] = [];
  for (const input of inputs) {
    const r = machine.step(state, input);
    state = r.state;
    out.push(...r.events);
  }
  return { state, events: out };
}

describe('incident state machine', () => {
  const machine = createIncidentMachine({ bucketMs: MIN, reopenMs: 2 * HOUR, key: 'acme' }, agg);
  const quiet = (m: number, value = 5): IncidentInput<Extra> => ({
    t: at(m),
    value,
    expected: 5,
    events: [],
  });

  it('opens on onset, tracks peak and excess, escalates, resolves', () => {
    const onset = ev('onset', at(3), { startT: at(1), peakValue: 30, peakT: at(2), peakRatio: 6, extra: 40 });
    const inputs: IncidentInput<Extra>[] = [
      quiet(0),
      { t: at(3), value: 25, expected: 5, events: [onset], extra: { authors: ['a', 'b'], negative: 2 } },
      { t: at(4), value: 50, expected: 5, events: [], extra: { authors: ['a'], negative: 1 } },
      { t: at(5), value: 90, expected: 5, events: [ev('escalate', at(5))] },
      quiet(6, 20),
      { t: at(130), value: 5, expected: 5, events: [ev('end', at(130), { lastHotT: at(9) })] },
    ];
    const { events } = drive(machine, inputs);
    expect(events.map((e) => e.kind)).toEqual(['open', 'update', 'escalate', 'resolve']);
    const inc = events[events.length - 1]?.incident;
    expect(inc).toMatchObject({
      id: `acme:${at(1)}`,
      status: 'resolved',
      startT: at(1),
      alertT: at(3),
      peakT: at(5),
      peakCount: 90,
      peakPerMinute: 90,
      peakRatio: 18,
      endT: at(10),
      resolvedT: at(130),
      durationMs: 9 * MIN,
      level: 1,
      reopenCount: 0,
    });
    // 40 before the alert (from the detector's episode) + 45 + 85 + 15 after it.
    expect(inc?.excessTotal).toBe(185);
    expect(inc?.aggregates).toEqual({ authors: { a: 2, b: 1 }, negative: 3, posts: 3 });
  });

  it('re-opens the same incident on a renewed spike shortly after resolution, opens a new one later', () => {
    const inputs: IncidentInput<Extra>[] = [
      { t: at(10), value: 40, expected: 5, events: [ev('onset', at(10), { startT: at(9), peakValue: 40 })] },
      { t: at(200), value: 5, expected: 5, events: [ev('end', at(200), { lastHotT: at(60) })] },
      {
        t: at(150 + 61),
        value: 60,
        expected: 5,
        events: [ev('onset', at(211), { startT: at(210), peakValue: 60, extra: 55 })],
      },
      { t: at(400), value: 5, expected: 5, events: [ev('end', at(400), { lastHotT: at(230) })] },
      {
        t: at(700),
        value: 30,
        expected: 5,
        events: [ev('onset', at(700), { startT: at(699), peakValue: 30 })],
      },
    ];
    const { events } = drive(machine, inputs);
    expect(events.map((e) => e.kind)).toEqual(['open', 'resolve', 'reopen', 'resolve', 'open']);
    const reopened = events[3]?.incident;
    expect(reopened?.id).toBe(`acme:${at(9)}`);
    expect(reopened?.reopenCount).toBe(1);
    expect(reopened?.peakCount).toBe(60);
    expect(reopened?.endT).toBe(at(231));
    expect(events[4]?.incident.id).toBe(`acme:${at(699)}`);
  });

  it('ignores escalate and end events without an open incident', () => {
    const m = createIncidentMachine({ bucketMs: MIN, reopenMs: HOUR, key: 'x' }, NO_AGGREGATES);
    const { events, state } = drive(m, [
      { t: at(1), value: 5, expected: 5, events: [ev('escalate', at(1))] },
      { t: at(2), value: 5, expected: 5, events: [ev('end', at(2))] },
    ]);
    expect(events).toEqual([]);
    expect(state.incident).toBeNull();
  });
});

describe('monitor (detector + incidents) on constructed series', () => {
  const week = 7 * 1440;
  const base = series(31, week + 12 * 60, MIN, (t) => 5 * daily(t));
  const shape = (m: number) => (m < 60 ? 10 : m >= 240 && m < 300 ? 40 : 1);
  const points = base.map((p, i) =>
    i < week ? p : { t: p.t, value: Math.round(p.value * shape(i - week)) },
  );

  it('alerts once per story: the renewed spike 3 hours later re-opens the same incident', () => {
    const monitor = createMonitor<null, never>(MIN, NO_AGGREGATES, { key: 'acme', reopenMs: 6 * HOUR });
    let state = monitor.initial();
    const kinds: string[] = [];
    let alerts = 0;
    for (const p of points) {
      const r = monitor.step(state, p);
      state = r.state;
      kinds.push(...r.incidentEvents.filter((e) => e.kind !== 'update').map((e) => e.kind));
      if (r.alert) alerts += 1;
    }
    expect(kinds).toEqual(['open', 'resolve', 'reopen', 'resolve']);
    expect(alerts).toBe(1);
  });

  it('with a short re-open window the second, bigger spike is a new incident (and a new alert)', () => {
    const monitor = createMonitor<null, never>(MIN, NO_AGGREGATES, { key: 'acme', reopenMs: 30 * MIN });
    let state = monitor.initial();
    const kinds: string[] = [];
    for (const p of points) {
      const r = monitor.step(state, p);
      state = r.state;
      kinds.push(...r.incidentEvents.filter((e) => e.kind !== 'update').map((e) => e.kind));
    }
    expect(kinds).toEqual(['open', 'resolve', 'open', 'resolve']);
  });

  it('replays identically when stopped halfway and resumed from a saved (JSON) state', () => {
    const monitor = createMonitor<null, never>(MIN, NO_AGGREGATES, { key: 'acme' });
    const run = (from: MonitorState<null>, pts: typeof points) => {
      let state = from;
      const out: unknown[] = [];
      for (const p of pts) {
        const r = monitor.step(state, p);
        state = r.state;
        out.push([r.score, r.incidentEvents]);
      }
      return { state, out };
    };
    const whole = run(monitor.initial(), points);
    const cut = week + 90; // in the middle of the first incident
    const first = run(monitor.initial(), points.slice(0, cut));
    const saved = JSON.parse(JSON.stringify(first.state)) as MonitorState<null>;
    const second = run(saved, points.slice(cut));
    expect([...first.out, ...second.out]).toEqual(whole.out);
  });
});
