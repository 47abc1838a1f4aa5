import type { WindowFigures } from '../../../shared/communication';
import { type ExpectedPoint, MINUTE_MS, type PublicPost } from './types';

/** Per-minute windows around a statement, for its before/after comparison. */

export type Minute = { posts: number; complaints: number; negatives: number };

/** Per-minute counts at offsets [from, to) minutes from `t0`. */
export function minutes(posts: readonly PublicPost[], t0: number, from: number, to: number): Minute[] {
  const out: Minute[] = Array.from({ length: Math.max(0, to - from) }, () => ({
    posts: 0,
    complaints: 0,
    negatives: 0,
  }));
  for (const p of posts) {
    const m = out[Math.floor((p.t - t0) / MINUTE_MS) - from];
    if (!m) continue;
    m.posts++;
    if (p.complaint) m.complaints++;
    if (p.negative) m.negatives++;
  }
  return out;
}

export function figures(ms: readonly Minute[]): WindowFigures {
  const sum = (f: (m: Minute) => number) => ms.reduce((s, m) => s + f(m), 0);
  const posts = sum((m) => m.posts);
  const complaints = sum((m) => m.complaints);
  const negatives = sum((m) => m.negatives);
  return {
    minutes: ms.length,
    posts,
    complaints,
    negatives,
    complaintRate: ms.length > 0 ? round(complaints / ms.length, 3) : 0,
    negativeShare: posts > 0 ? round(negatives / posts, 3) : null,
  };
}

export const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
export const pct = (x: number): string => `${Math.round(x * 100)}%`;
export const centres = (from: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => from + i + 0.5);

/** The normal level for each of the `n` minutes from `t0`, when the detector's expectation is known. */
export function normalFloors(
  normal: readonly ExpectedPoint[] | undefined,
  t0: number,
  n: number,
): number[] | undefined {
  if (!normal || normal.length === 0) return undefined;
  const byMinute = new Map(normal.map((p) => [p.t, p.expected]));
  return Array.from({ length: n }, (_, i) => {
    const t = Math.floor((t0 + i * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
    return byMinute.get(t) ?? 0;
  });
}

/** Negative share of the posts in the six hours before `startT` (the normal mix), or null with too few. */
export function normalShare(posts: readonly PublicPost[], startT: number, minPosts: number): number | null {
  let n = 0;
  let neg = 0;
  for (const p of posts) {
    if (p.t >= startT || p.t < startT - 6 * 3_600_000) continue;
    n++;
    if (p.negative) neg++;
  }
  return n >= minPosts ? neg / n : null;
}
