const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Counts: 1,234. Expected values are fractional, so they keep one decimal below 10. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return Math.abs(value) < 10 && !Number.isInteger(value) ? oneDecimal.format(value) : integer.format(value);
}

/** An expected range as "low–high", or a dash while there is no baseline. */
export const formatBand = (band: readonly [number, number] | null): string =>
  band ? `${formatCount(band[0])}–${formatCount(band[1])}` : '–';

/** A 0..1 share as a percentage. */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${Math.round(value * 100)}%`;
}

/** A -1..1 sentiment with an explicit sign, so "+0.20" and "-0.20" read differently at a glance. */
export function formatSentiment(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const fixed = value.toFixed(2);
  return value > 0 ? `+${fixed}` : fixed === '-0.00' ? '0.00' : fixed;
}

/** "just now", "5 min ago", "3 h ago", "2 d ago"; future times (clock skew) read as "just now". */
export function formatRelative(iso: string, nowMs: number): string {
  const then = Date.parse(iso);
  if (!Number.isFinite(then)) return '–';
  const age = nowMs - then;
  if (age < MINUTE) return 'just now';
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`;
  if (age < DAY) return `${Math.floor(age / HOUR)} h ago`;
  return `${Math.floor(age / DAY)} d ago`;
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const full = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** Axis tick: clock time, with the day when the span covers more than one day. */
export function formatTick(ms: number, spanMs: number): string {
  return spanMs > DAY ? dayAndClock.format(ms) : clock.format(ms);
}

export function formatDateTime(isoOrMs: string | number): string {
  const ms = typeof isoOrMs === 'number' ? isoOrMs : Date.parse(isoOrMs);
  return Number.isFinite(ms) ? full.format(ms) : '–';
}

/** "14:05" */
export function formatClock(ms: number): string {
  return clock.format(ms);
}

export function formatShortDateTime(ms: number): string {
  return dayAndClock.format(ms);
}

/** Cut long text at a word boundary near `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const BUCKET_LABELS: Record<string, string> = {
  '1m': 'minute',
  '5m': '5 minutes',
  '15m': '15 minutes',
  '1h': 'hour',
  '1d': 'day',
};

/** "per 15 minutes" */
export const perBucket = (bucket: string): string => `per ${BUCKET_LABELS[bucket] ?? bucket}`;

/**
 * The viewer's time zone by name and offset at `atMs`, for printed reports: "Europe/Oslo, UTC+1".
 * `zone` is for tests; the browser's own zone otherwise.
 */
export function timeZoneLabel(atMs: number, zone?: string): string {
  const name = zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: name, timeZoneName: 'shortOffset' })
    .formatToParts(atMs)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset =
    part === undefined || part === 'GMT' || part === 'GMT+0' ? 'UTC' : part.replace(/^GMT/, 'UTC');
  return name === 'UTC' || name === 'Etc/UTC' ? 'UTC' : `${name}, ${offset}`;
}
