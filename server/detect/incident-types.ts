/** Wire-agnostic incident types (the API maps them onto its own schema). */

export type IncidentStatus = 'open' | 'resolved';

export type IncidentEventKind = 'open' | 'escalate' | 'update' | 'resolve' | 'reopen';

export type Incident<A> = {
  /** Stable id: the series key plus the start time of the first excess. */
  id: string;
  status: IncidentStatus;
  /** When the excess started (before the alert, which needs evidence). */
  startT: number;
  /** When the first alert fired. */
  alertT: number;
  peakT: number;
  /** When the excess stopped (null while open). */
  endT: number | null;
  /** When the incident was resolved: `quietMs` of calm after `endT` (null while open). */
  resolvedT: number | null;
  durationMs: number;
  peakCount: number;
  peakPerMinute: number;
  /** Peak observed / expected (expected floored at 0.5 counts per bucket). */
  peakRatio: number;
  /** Counts above expected, summed over the incident. */
  excessTotal: number;
  /** 0 at opening, +1 per escalation. */
  level: number;
  reopenCount: number;
  /** Whatever the caller folds in per bucket (sentiment, categories, authors...). */
  aggregates: A;
};

export type IncidentEvent<A> = { kind: IncidentEventKind; t: number; incident: Incident<A> };

export type IncidentState<A> = {
  /** The current or most recent incident (kept after resolution to allow a reopen). */
  incident: Incident<A> | null;
};

/** How a caller folds per-bucket extras into an incident. Must be pure; `A` should be plain JSON. */
export type Aggregator<A, X> = {
  empty: () => A;
  add: (acc: A, extra: X) => A;
};

export type IncidentParams = {
  bucketMs: number;
  /** A new onset within this long after resolution re-opens the same incident. */
  reopenMs: number;
  /** Prefix of incident ids (e.g. the brand and series name). */
  key: string;
};
