/** Time is injected everywhere so tests and replays control it. */
export type Clock = { now(): number };
export const systemClock: Clock = { now: () => Date.now() };
