/** Calendar arithmetic for the seasonal profiles. Times are epoch milliseconds read as UTC. */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Two neighbouring slots and their interpolation weights (weights sum to 1). */
export type SlotPair = { a: number; b: number; wa: number; wb: number };

/**
 * Position of instant `t` in a cycle of `cycleMs` cut into `slots` equal slots, interpolated linearly
 * between slot centres so the profile has no steps at slot edges.
 */
export function slotPair(t: number, cycleMs: number, slots: number): SlotPair {
  const phase = (((t % cycleMs) + cycleMs) % cycleMs) / cycleMs;
  const pos = phase * slots - 0.5;
  const lo = Math.floor(pos);
  const wb = pos - lo;
  const a = ((lo % slots) + slots) % slots;
  return { a, b: (a + 1) % slots, wa: 1 - wb, wb };
}

/** Decay factor per step for a given half-life expressed in steps. */
export function decayPerStep(halfLifeSteps: number): number {
  return halfLifeSteps > 0 ? 2 ** (-1 / halfLifeSteps) : 0;
}
