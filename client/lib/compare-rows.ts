import type { ImpactVerdict } from '../../shared/communication';
import type { IncidentReport } from '../../shared/report';
import type { FigureTone } from './incident-headline';

const MINUTE = 60_000;

/** Small multiples line up on each incident's own start (who answered faster) or on the clock (who was hit first). */
export const COMPARE_ALIGNS = [
  { id: 'start', label: 'From each start' },
  { id: 'clock', label: 'By clock time' },
] as const;
export type CompareAlign = (typeof COMPARE_ALIGNS)[number]['id'];

export type SparkRow = { x: number; complaints: number; expected: number | null };
export type SparkMarker = { key: string; x: number; verdict: ImpactVerdict | null; title: string };
export type Spark = {
  id: string;
  rows: SparkRow[];
  /** the incident itself, in the same x units */
  span: { x1: number; x2: number };
  markers: SparkMarker[];
};

/** x for an instant: minutes after the origin. */
const minutesFrom = (originMs: number, iso: string): number =>
  Math.round((Date.parse(iso) - originMs) / MINUTE);

/** The origin each incident's x axis counts from. */
export function originFor(
  report: IncidentReport,
  all: readonly IncidentReport[],
  align: CompareAlign,
): number {
  if (align === 'start') return Date.parse(report.incident.startAt);
  return Math.min(...all.map((r) => Date.parse(r.incident.series.from)));
}

export function toSpark(report: IncidentReport, originMs: number, nowMs: number): Spark {
  const { incident, communication } = report;
  const verdicts = new Map(
    communication.impacts.map((i) => [`${i.statement.source}:${i.statement.id}`, i.verdict]),
  );
  const statements = [
    ...communication.impacts.map((i) => i.statement),
    ...(communication.ack.firstAck ? [communication.ack.firstAck] : []),
  ];
  const seen = new Set<string>();
  const markers: SparkMarker[] = [];
  for (const s of statements) {
    const key = `${s.source}:${s.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    markers.push({ key, x: minutesFrom(originMs, s.at), verdict: verdicts.get(key) ?? null, title: s.text });
  }
  return {
    id: incident.id,
    rows: incident.series.points.map((p) => ({
      x: minutesFrom(originMs, p.t),
      complaints: p.complaints,
      expected: p.expected,
    })),
    span: {
      x1: minutesFrom(originMs, incident.startAt),
      x2: minutesFrom(originMs, incident.endAt ?? new Date(nowMs).toISOString()),
    },
    markers: markers.sort((a, b) => a.x - b.x),
  };
}

/** One x range and y maximum for every small multiple, so their shapes compare honestly. */
export function sharedScale(sparks: readonly Spark[]): { x: [number, number]; yMax: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let yMax = 1;
  for (const s of sparks) {
    for (const r of s.rows) {
      lo = Math.min(lo, r.x);
      hi = Math.max(hi, r.x);
      yMax = Math.max(yMax, r.complaints);
    }
  }
  return Number.isFinite(lo) ? { x: [lo, hi], yMax } : { x: [0, 60], yMax };
}

/** Round ticks (every 30 min, 1 h or 2 h) across a shared x range in minutes. */
export function minuteTicks([lo, hi]: readonly [number, number]): number[] {
  const span = hi - lo;
  const step = span > 12 * 60 ? 240 : span > 6 * 60 ? 120 : span > 3 * 60 ? 60 : 30;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return ticks;
}

/** Against a target: comfortably inside, close, or over; a missing acknowledgement is the worst case. */
export function targetTone(value: number | null, target: number): FigureTone {
  if (value === null) return 'bad';
  if (value > target) return 'bad';
  return value > 0.75 * target ? 'warning' : 'good';
}

/** Reports in table order: by start, then brand. */
export const byStart = (a: IncidentReport, b: IncidentReport): number =>
  Date.parse(a.incident.startAt) - Date.parse(b.incident.startAt) || a.brandName.localeCompare(b.brandName);
