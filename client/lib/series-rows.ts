import type { SeriesPoint } from '../../shared/series';
import { categoryName } from './categories';
import type { ComplaintRow } from './complaint-rows';
import { toComplaintRow } from './complaint-rows';

/** A Live volume bar, as a rate per hour; `count` is the bucket's own complaints, for the tooltip. */
export type VolumeRow = ComplaintRow & { posts: number; count: number };

export type SentimentRow = { t: number; meanSentiment: number | null; negativeShare: number | null };
export type CategoryRow = { id: string; name: string; count: number };

const toMs = (iso: string): number => Date.parse(iso);

const scaleBand = (band: [number, number] | null, k: number): [number, number] | null =>
  band ? [band[0] * k, band[1] * k] : null;

/**
 * Bars for the Live volume chart in complaints per hour (the unit of the whole Live page, whatever the
 * bucket), the bucket still running at `nowMs` marked partial so it is drawn as "so far".
 */
export function toVolumeRows(points: readonly SeriesPoint[], bucketMs: number, nowMs: number): VolumeRow[] {
  const k = 3_600_000 / bucketMs;
  return points.map((p) => {
    const row = toComplaintRow(p);
    return {
      ...row,
      complaints: row.complaints * k,
      expected: row.expected === null ? null : row.expected * k,
      band: scaleBand(row.band, k),
      posts: p.posts * k,
      count: p.complaints,
      partial: row.t + bucketMs > nowMs,
    };
  });
}

/**
 * Mean sentiment and negative share over a trailing window of `window` buckets, weighted by posts, so a
 * bucket with one post cannot swing the line from 0 % to 100 % negative. null where the window is empty.
 */
export function toSentimentRows(points: readonly SeriesPoint[], window = 1): SentimentRow[] {
  const span = Math.max(1, Math.floor(window));
  return points.map((p, i) => {
    let posts = 0;
    let negatives = 0;
    let sentimentSum = 0;
    for (let j = Math.max(0, i - span + 1); j <= i; j++) {
      const q = points[j];
      if (!q || q.posts === 0) continue;
      posts += q.posts;
      negatives += q.negatives;
      sentimentSum += (q.meanSentiment ?? 0) * q.posts;
    }
    return {
      t: toMs(p.t),
      meanSentiment: posts > 0 ? sentimentSum / posts : null,
      negativeShare: posts > 0 ? negatives / posts : null,
    };
  });
}

/** Complaint categories summed over the window, largest first, ties by name so the order is stable. */
export function toCategoryRows(points: readonly SeriesPoint[]): CategoryRow[] {
  const totals = new Map<string, number>();
  for (const p of points) {
    for (const [id, count] of Object.entries(p.categories)) totals.set(id, (totals.get(id) ?? 0) + count);
  }
  return [...totals]
    .filter(([, count]) => count > 0)
    .map(([id, count]) => ({ id, name: categoryName(id), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export type SeriesTotals = { posts: number; complaints: number; expected: number | null; official: number };

export function seriesTotals(points: readonly SeriesPoint[]): SeriesTotals {
  let posts = 0;
  let complaints = 0;
  let official = 0;
  let expected: number | null = null;
  for (const p of points) {
    posts += p.posts;
    complaints += p.complaints;
    official += p.official;
    if (p.expected !== null) expected = (expected ?? 0) + p.expected;
  }
  return { posts, complaints, expected, official };
}

/** Whether a series has anything worth drawing; an all-zero window gets the empty state instead. */
export const hasActivity = (points: readonly SeriesPoint[]): boolean => points.some((p) => p.posts > 0);
