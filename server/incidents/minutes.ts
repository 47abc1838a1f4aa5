import type { Store } from '../store/types';
import { DAY_MS, MINUTE_MS } from './monitor-state';

/** The first (or last) minute in [from, to) in which the brand has any post, or null. */
async function edgeDataMinute(
  store: Store,
  brand: string,
  from: number,
  to: number,
  edge: 'first' | 'last',
): Promise<number | null> {
  const pick = <T>(rows: T[]): T | undefined => (edge === 'first' ? rows[0] : rows[rows.length - 1]);
  const day = pick(await store.rollups({ brand, from, to, bucketMs: DAY_MS }));
  if (!day) return null;
  const minutes = await store.rollups({
    brand,
    from: Math.max(from, day.t),
    to: Math.min(to, day.t + DAY_MS),
    bucketMs: MINUTE_MS,
  });
  return pick(minutes)?.t ?? null;
}

export const firstDataMinute = (store: Store, brand: string, from: number, to: number) =>
  edgeDataMinute(store, brand, from, to, 'first');

export const lastDataMinute = (store: Store, brand: string, from: number, to: number) =>
  edgeDataMinute(store, brand, from, to, 'last');

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
