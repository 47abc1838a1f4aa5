import type { Bucket } from '../../shared/enums';

const HOUR = 3_600_000;

export const RANGE_PRESETS = [
  { id: '1h', label: '1 h', ms: HOUR, bucket: '1m', smooth: 5, smoothLabel: '5 min' },
  { id: '6h', label: '6 h', ms: 6 * HOUR, bucket: '5m', smooth: 3, smoothLabel: '15 min' },
  { id: '24h', label: '24 h', ms: 24 * HOUR, bucket: '15m', smooth: 4, smoothLabel: '1 h' },
  { id: '7d', label: '7 days', ms: 7 * 24 * HOUR, bucket: '1h', smooth: 3, smoothLabel: '3 h' },
] as const satisfies ReadonlyArray<{
  id: string;
  label: string;
  ms: number;
  bucket: Bucket;
  /** Buckets the sentiment chart averages over, so sparse buckets do not make it jump. */
  smooth: number;
  smoothLabel: string;
}>;

export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeId = RangePreset['id'];
export const DEFAULT_RANGE: RangeId = '24h';

/**
 * A window relative to now (refreshes with live data), from a fixed instant up to now (Live's incident
 * zoom, also refreshing), or fixed between two instants.
 */
export type TimeRange =
  | { kind: 'last'; id: RangeId }
  | { kind: 'since'; from: string }
  | { kind: 'between'; from: string; to: string };

export function rangePreset(id: string | null | undefined): RangePreset {
  return RANGE_PRESETS.find((r) => r.id === id) ?? rangeById(DEFAULT_RANGE);
}

function rangeById(id: RangeId): RangePreset {
  const found = RANGE_PRESETS.find((r) => r.id === id);
  if (!found) throw new Error(`unknown range ${id}`);
  return found;
}

/** The concrete from/to for a range; relative ranges are resolved at fetch time against `nowMs`. */
export function resolveRange(range: TimeRange, nowMs: number): { from: string; to: string } {
  if (range.kind === 'between') return { from: range.from, to: range.to };
  if (range.kind === 'since') return { from: range.from, to: new Date(nowMs).toISOString() };
  const preset = rangeById(range.id);
  return { from: new Date(nowMs - preset.ms).toISOString(), to: new Date(nowMs).toISOString() };
}

/** The bucket that gives a readable number of points for a window. */
export function bucketFor(range: TimeRange): Bucket {
  if (range.kind === 'last') return rangeById(range.id).bucket;
  // Only Live's incident zoom asks from an instant to now, and it wants minutes.
  if (range.kind === 'since') return '1m';
  const span = Date.parse(range.to) - Date.parse(range.from);
  const preset = RANGE_PRESETS.find((r) => span <= r.ms);
  return preset ? preset.bucket : '1d';
}

/** `<input type="datetime-local">` value (local time, no zone) <-> ISO instant with zone. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

export function isoToLocalInput(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
