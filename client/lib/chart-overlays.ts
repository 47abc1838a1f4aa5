import type { ImpactVerdict, StatementImpact } from '../../shared/communication';
import type { Incident, IncidentStatus } from '../../shared/incident';

/** A shaded incident on a time chart; x1/x2 are bucket starts present in the chart's rows. */
export type IncidentArea = { id: string; status: IncidentStatus; x1: number; x2: number };

/** An official post drawn on a time chart at the bucket it falls in. */
export type OfficialMarker = {
  key: string;
  /** the bucket start the marker is drawn at */
  x: number;
  at: number;
  author: string;
  text: string;
  /** null while no impact has been measured for it (a reply, or too recent) */
  verdict: ImpactVerdict | null;
};

export type OfficialPostLike = {
  source: string;
  id: string;
  author: string;
  text: string;
  createdAt: string;
};

export const postKey = (source: string, id: string): string => `${source}:${id}`;

/** Index of the last bucket start <= t, or -1 when t is before the first. `starts` is ascending. */
function bucketIndex(starts: readonly number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Number.POSITIVE_INFINITY) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export type Span = { id: string; from: number; to: number };

/**
 * Time spans snapped to the chart's buckets, clipped to the chart window; spans entirely outside it
 * are left out. The end is exclusive: a span ending exactly on a bucket boundary stops in the bucket before.
 */
export function snapSpans(
  spans: readonly Span[],
  starts: readonly number[],
  bucketMs: number,
): { id: string; x1: number; x2: number }[] {
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return [];
  const out: { id: string; x1: number; x2: number }[] = [];
  for (const { id, from, to } of spans) {
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
    if (to <= first || from >= last + bucketMs) continue;
    const x1 = starts[Math.max(0, bucketIndex(starts, from))] ?? first;
    const x2 = starts[Math.max(0, bucketIndex(starts, Math.max(from, to - 1)))] ?? last;
    out.push({ id, x1, x2: Math.max(x1, x2) });
  }
  return out;
}

/** Incidents as areas on a time chart; an open incident reaches to now. */
export function incidentAreas(
  incidents: readonly Pick<Incident, 'id' | 'status' | 'startAt' | 'endAt'>[],
  starts: readonly number[],
  bucketMs: number,
  nowMs: number,
): IncidentArea[] {
  const status = new Map(incidents.map((i) => [i.id, i.status]));
  const spans = incidents.map((i) => ({
    id: i.id,
    from: Date.parse(i.startAt),
    to: i.endAt === null ? nowMs : Date.parse(i.endAt),
  }));
  return snapSpans(spans, starts, bucketMs).map((a) => ({ ...a, status: status.get(a.id) ?? 'resolved' }));
}

/** Verdict per statement (keyed by `source:id`) from the server's statement-impact figures. */
export function verdictsByPost(impacts: readonly StatementImpact[]): Map<string, ImpactVerdict> {
  return new Map(impacts.map((i) => [postKey(i.statement.source, i.statement.id), i.verdict]));
}

/**
 * Support replies that drew no backfire: a help handle answering 60 customers would otherwise draw 60
 * lines over the chart and hide the statements; the statements table still counts them.
 */
export function quietReplyKeys(impacts: readonly StatementImpact[]): Set<string> {
  return new Set(
    impacts
      .filter((i) => i.statement.kind === 'reply' && i.verdict !== 'backfired')
      .map((i) => postKey(i.statement.source, i.statement.id)),
  );
}

/**
 * Official posts inside the chart window as markers, oldest first. `tailMs` admits posts made after the
 * last bucket (an open incident's series stops at the last complete minute) at that last bucket.
 */
export function officialMarkers(
  posts: readonly OfficialPostLike[],
  starts: readonly number[],
  bucketMs: number,
  verdicts: ReadonlyMap<string, ImpactVerdict> = new Map(),
  tailMs = 0,
): OfficialMarker[] {
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return [];
  const markers: OfficialMarker[] = [];
  for (const p of posts) {
    const at = Date.parse(p.createdAt);
    if (!Number.isFinite(at) || at < first || at >= last + bucketMs + tailMs) continue;
    const x = starts[bucketIndex(starts, at)];
    if (x === undefined) continue;
    const key = postKey(p.source, p.id);
    const verdict = verdicts.get(key) ?? null;
    markers.push({ key, x, at, author: p.author, text: p.text, verdict });
  }
  return markers.sort((a, b) => a.at - b.at);
}

/** Markers grouped by the bucket they are drawn at, for tooltips. */
export function markersByBucket(markers: readonly OfficialMarker[]): Map<number, OfficialMarker[]> {
  const out = new Map<number, OfficialMarker[]>();
  for (const m of markers) out.set(m.x, [...(out.get(m.x) ?? []), m]);
  return out;
}

export const VERDICT_LABELS: Record<ImpactVerdict, string> = {
  calming: 'Calmed things down',
  neutral: 'No clear effect',
  backfired: 'Backfired',
  insufficient: 'Too little data to judge',
};
