import { describe, expect, it } from 'vitest';
import { NO_AGGREGATES } from '../../../server/detect/incident';
import type { IncidentEventKind } from '../../../server/detect/incident';
import { createMonitor } from '../../../server/detect/monitor';
import type { MonitorState } from '../../../server/detect/monitor';
import { DAY, HOUR, MIN, T0, daily, poisson, rng } from './series';

/**
 * A brand's second outage in a week, through the monitor as the live engine runs it (complaints per
 * minute). The brand had a 4-hour 20x outage three days ago, the largest episode in its history. A new
 * outage of 10x or 20x must still open an incident within 5 minutes, while a small recurring burst
 * stays quiet (the record gate still does that job).
 */

const SEEDS = [1, 2, 3];
/** "Now": a week of history, on a weekday morning. */
const NOW = T0 + 7 * DAY + 10 * HOUR;
/** The first outage: 4 hours at 20x, three days ago. */
const PAST = { from: NOW - 3 * DAY, to: NOW - 3 * DAY + 4 * HOUR, factor: 20 };
/** After the new excess starts, we watch this long. */
const TAIL = 3 * HOUR;

type Burst = { from: number; to: number; factor: number };
type Brand = { name: string; perMin: number };
/** The synthetic benchmark's quiet and busy brands (complaints a minute on average over the day). */
const BRANDS: Brand[] = [
  { name: 'quiet brand (1/min)', perMin: 1 },
  { name: 'busy brand (5/min)', perMin: 5 },
];
/** The demo's Northwind Bank: about 0.3 complaints a minute by day. */
const NORTHWIND: Brand = { name: 'Northwind', perMin: 0.3 };

const monitor = createMonitor<null, never>(MIN, NO_AGGREGATES, { key: 'northwind' });
type State = MonitorState<null>;

/** Poisson complaints from `from` to `to` with a daily cycle, multiplied inside each burst. */
function feed(
  state: State,
  r: () => number,
  brand: Brand,
  from: number,
  to: number,
  bursts: Burst[],
): { state: State; opens: number[]; kinds: IncidentEventKind[] } {
  let s = state;
  const opens: number[] = [];
  const kinds: IncidentEventKind[] = [];
  for (let t = from; t < to; t += MIN) {
    const factor = bursts.find((b) => t >= b.from && t < b.to)?.factor ?? 1;
    const step = monitor.step(s, { t, value: poisson(r, brand.perMin * daily(t) * factor) });
    s = step.state;
    for (const e of step.incidentEvents) {
      if (e.kind !== 'update') kinds.push(e.kind);
      if (e.kind === 'open' || e.kind === 'reopen') opens.push(t);
    }
  }
  return { state: s, opens, kinds };
}

/** The week of history, once per brand and seed; each scenario branches from a copy of its state. */
const histories = new Map<string, { state: State; opens: number[] }>();
function history(brand: Brand, seed: number): { state: State; opens: number[] } {
  const key = `${brand.name}:${seed}`;
  const cached = histories.get(key);
  if (cached) return { state: structuredClone(cached.state), opens: cached.opens };
  const h = feed(monitor.initial(), rng(seed), brand, T0, NOW, [PAST]);
  histories.set(key, { state: h.state, opens: h.opens });
  return { state: structuredClone(h.state), opens: h.opens };
}

/** Minutes from the start of a new burst at NOW to the first incident opening (null: none). */
function afterHistory(brand: Brand, seed: number, burst: { minutes: number; factor: number }) {
  const { state } = history(brand, seed);
  const b = { from: NOW, to: NOW + burst.minutes * MIN, factor: burst.factor };
  const run = feed(state, rng(seed * 100 + burst.factor), brand, NOW, NOW + TAIL, [b]);
  return { delay: delay(run.opens, NOW), kinds: run.kinds };
}

const delay = (opens: number[], from: number): number | null => {
  const first = opens.find((t) => t >= from);
  return first === undefined ? null : (first - from) / MIN;
};

describe.each(BRANDS)('a second outage in a week, $name', (brand) => {
  it('the first outage, three days ago, opened an incident', () => {
    for (const seed of SEEDS) {
      const { opens } = history(brand, seed);
      expect(opens).toHaveLength(1);
      expect(((opens[0] ?? 0) - PAST.from) / MIN).toBeLessThan(5);
    }
  });

  it.each([10, 20])('a new %ix outage opens an incident within 5 minutes', (factor) => {
    for (const seed of SEEDS) {
      const { delay, kinds } = afterHistory(brand, seed, { minutes: 60, factor });
      expect(delay).not.toBeNull();
      expect(delay ?? 99).toBeLessThan(5);
      expect(kinds[0]).toBe('open');
    }
  });

  it('a small recurring burst (2x for 20 minutes) still does not alert', () => {
    for (const seed of SEEDS) {
      expect(afterHistory(brand, seed, { minutes: 20, factor: 2 }).kinds).toEqual([]);
    }
  });

  it('a single minute at 30x is not a sustained excess: it does not alert', () => {
    for (const seed of SEEDS) {
      expect(afterHistory(brand, seed, { minutes: 1, factor: 30 }).kinds).toEqual([]);
    }
  });

  it('a moderate burst (4x for 20 minutes), smaller than the record, does not alert either', () => {
    for (const seed of SEEDS) {
      expect(afterHistory(brand, seed, { minutes: 20, factor: 4 }).kinds).toEqual([]);
    }
  });
});

describe("the demo's Northwind Bank (0.3 complaints a minute)", () => {
  it('a new 20x outage opens an incident within 5 minutes, three days after a 4-hour one', () => {
    for (const seed of SEEDS) {
      expect(history(NORTHWIND, seed).opens).toHaveLength(1);
      const { delay: d, kinds } = afterHistory(NORTHWIND, seed, { minutes: 60, factor: 20 });
      expect(d ?? 99).toBeLessThan(5);
      expect(kinds[0]).toBe('open');
    }
  });
});

describe('the second and third outage of a week', () => {
  it('each opens an incident; a small burst between them does not', () => {
    const brand = BRANDS[0] ?? NORTHWIND;
    for (const seed of SEEDS) {
      const second = { from: NOW, to: NOW + HOUR, factor: 10 };
      const small = { from: NOW + DAY, to: NOW + DAY + 20 * MIN, factor: 2 };
      const third = { from: NOW + 2 * DAY, to: NOW + 2 * DAY + HOUR, factor: 20 };
      const run = feed(history(brand, seed).state, rng(seed + 50), brand, NOW, NOW + 3 * DAY, [
        second,
        small,
        third,
      ]);
      expect(run.kinds).toEqual(['open', 'resolve', 'open', 'resolve']);
      expect(delay(run.opens, second.from) ?? 99).toBeLessThan(5);
      expect(delay(run.opens, third.from) ?? 99).toBeLessThan(5);
    }
  });
});
