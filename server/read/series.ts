import type { SeriesPoint, SeriesResponse } from '../../shared/series';
import { BUCKET_MS, type Bucket } from '../../shared/enums';
import { toIso } from '../../shared/time';
import { expectedBand } from '../detect/baseline';
import type { RollupRow, Store } from '../store/types';
import { Invalid, invalid } from '../services/errors';

const DAY_MS = 86_400_000;
export const MAX_SERIES_POINTS = 20_000;

export type SeriesRequest = { brand: string; from?: number; to?: number; bucket: Bucket };

/** History read before `from` so the expected band has learned the daily and weekly rhythm. */
const historyMs = (bucketMs: number): number => Math.min(90 * DAY_MS, Math.max(7 * DAY_MS, 60 * bucketMs));

/** Dense bucket series from the rollups (never raw posts), with the detector's expected band. */
export async function readSeries(store: Store, req: SeriesRequest, now: number): Promise<SeriesResponse> {
  const bucketMs = BUCKET_MS[req.bucket];
  const to = Math.ceil((req.to ?? now + 1) / bucketMs) * bucketMs;
  const from = Math.floor((req.from ?? to - DAY_MS) / bucketMs) * bucketMs;
  if (from >= to) throw invalid('query', 'from', 'must be before to');
  const count = (to - from) / bucketMs;
  if (count > MAX_SERIES_POINTS) {
    throw new Invalid(
      `the range holds ${count} buckets; at most ${MAX_SERIES_POINTS} (use a larger bucket)`,
      [{ where: 'query', path: 'bucket', message: 'too many buckets for the range' }],
    );
  }
  const historyFrom = from - historyMs(bucketMs);
  const rows = await store.rollups({ brand: req.brand, from: historyFrom, to, bucketMs });
  const byT = new Map(rows.map((r) => [r.t, r]));
  const first = rows[0]?.t ?? from;
  const start = Math.min(Math.max(first, historyFrom), from);
  const dense: { t: number; row: RollupRow | undefined }[] = [];
  for (let t = start; t < to; t += bucketMs) dense.push({ t, row: byT.get(t) });
  // Before the brand's first post there is no history at all: a gap, not a run of zeros.
  const learnable = dense.filter((d) => d.t >= first);
  const band = expectedBand(
    learnable.map((d) => ({ t: d.t, value: d.row?.complaints ?? 0 })),
    bucketMs,
  );
  const bandAt = new Map(learnable.map((d, i) => [d.t, band[i]]));
  const points: SeriesPoint[] = dense
    .filter((d) => d.t >= from)
    .map(({ t, row }) => {
      const b = bandAt.get(t);
      const ready = b?.ready === true;
      const posts = row?.posts ?? 0;
      return {
        t: toIso(t),
        posts,
        complaints: row?.complaints ?? 0,
        negatives: row?.negatives ?? 0,
        negativeShare: posts > 0 ? (row?.negatives ?? 0) / posts : null,
        meanSentiment: posts > 0 ? (row?.sentimentSum ?? 0) / posts : null,
        official: row?.official ?? 0,
        categories: row?.categories ?? {},
        expected: ready && b ? round(b.expected) : null,
        expectedLow: ready && b ? round(b.low) : null,
        expectedHigh: ready && b ? round(b.high) : null,
      };
    });
  return { brand: req.brand, bucket: req.bucket, from: toIso(from), to: toIso(to), points };
}

const round = (x: number): number => Math.round(x * 100) / 100;

export const SERIES_CSV_COLUMNS = [
  't',
  'posts',
  'complaints',
  'negatives',
  'negativeShare',
  'meanSentiment',
  'official',
  'expected',
  'expectedLow',
  'expectedHigh',
] as const;

/**
 * The category columns of a series CSV: every category of the brand's taxonomy, in taxonomy order, whether
 * or not the window has complaints in it, so two exports of one brand line up column for column. A
 * category the taxonomy does not list (a deployment's own) is appended rather than dropped.
 */
export function categoryColumns(taxonomy: readonly string[], present: Iterable<string>): string[] {
  const known = new Set(taxonomy);
  const extra = [...new Set(present)].filter((id) => !known.has(id)).sort();
  return [...taxonomy, ...extra];
}
