import type { Store } from '../store/types';
import { DAY_MS, MINUTE_MS } from './monitor-state';

/** The first minute in [from, to) in which the brand has any post, or null. */
export async function firstDataMinute(
  store: Store,
  brand: string,
  from: number,
  to: number,
): Promise<number | null> {
  const days = await store.rollups({ brand, from, to, bucketMs: DAY_MS });
  const first = days[0];
  if (!first) return null;
  const minutes = await store.rollups({
    brand,
    from: Math.max(from, first.t),
    to: Math.min(to, first.t + DAY_MS),
    bucketMs: MINUTE_MS,
  });
  return minutes[0]?.t ?? null;
}

/** Complaints per minute over [from, to), dense (a minute without posts is 0). `from` is a whole minute. */
export async function complaintMinutes(
  store: Store,
  brand: string,
  from: number,
  to: number,
): Promise<number[]> {
  const n = Math.max(0, Math.ceil((to - from) / MINUTE_MS));
  const values = new Array<number>(n).fill(0);
  if (n === 0) return values;
  for (const row of await store.rollups({ brand, from, to, bucketMs: MINUTE_MS })) {
    const i = (row.t - from) / MINUTE_MS;
    if (i >= 0 && i < n) values[i] = row.complaints;
  }
  return values;
}

/** The last minute in [from, to) in which the brand has any post, or null. */
export async function lastDataMinute(
  store: Store,
  brand: string,
  from: number,
  to: number,
): Promise<number | null> {
  const days = await store.rollups({ brand, from, to, bucketMs: DAY_MS });
  const last = days[days.length - 1];
  if (!last) return null;
  const minutes = await store.rollups({
    brand,
    from: Math.max(from, last.t),
    to: Math.min(to, last.t + DAY_MS),
    bucketMs: MINUTE_MS,
  });
  return minutes[minutes.length - 1]?.t ?? null;
}
