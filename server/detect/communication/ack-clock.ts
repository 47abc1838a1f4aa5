import {
  type AckClock,
  type Cadence,
  type CommTargets,
  CommTargetsSchema,
  type Meter,
  type MeterState,
} from '../../../shared/communication';
import { toIso } from '../../../shared/time';
import { classifyOfficial, isStatement, officialRef } from './posts';
import { parseFixClaim } from './promise-parse';
import { type ClassifiedOfficial, type IncidentSpan, type OfficialPost, minutesBetween } from './types';

export type AckClockOptions = {
  targets?: Partial<CommTargets>;
  /** Count replies to customers as acknowledgements and updates too (default: statements only). */
  includeReplies?: boolean;
};

export const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? 0;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? hi) + hi) / 2;
};

/** The instant the figures are measured at: the end of a resolved incident, else now (never before the start). */
export const asOfInstant = (incident: IncidentSpan, now: number): number =>
  Math.max(incident.startT, incident.endT ?? now);

/** Official posts of the incident (start to `asOf`), classified, oldest first. */
export const officialDuring = (
  official: readonly OfficialPost[],
  incident: IncidentSpan,
  asOf: number,
): ClassifiedOfficial[] => classifyOfficial(official).filter((p) => p.t >= incident.startT && p.t <= asOf);

/** The official posts that count as communication during the incident, oldest first: public incident
 * statements (with `includeReplies`, support replies too). Routine and unknown posts never count. */
export function updatesDuring(
  official: readonly OfficialPost[],
  incident: IncidentSpan,
  asOf: number,
  includeReplies = false,
): ClassifiedOfficial[] {
  return officialDuring(official, incident, asOf).filter(
    (p) => isStatement(p) || (includeReplies && p.kind === 'reply'),
  );
}

type Others = Pick<Cadence, 'replies' | 'routine' | 'unknown'>;

function cadence(updates: readonly ClassifiedOfficial[], others: Others, asOf: number): Cadence {
  const gaps: { from: number; to: number; min: number }[] = [];
  updates.forEach((p, i) => {
    const next = updates[i + 1];
    // After "it's fixed" no more updates are due: the trailing gap only counts while the story is open.
    if (!next && parseFixClaim(p.text)) return;
    const to = next?.t ?? asOf;
    gaps.push({ from: p.t, to, min: minutesBetween(p.t, to) });
  });
  const longest = gaps.reduce<(typeof gaps)[number] | null>((a, g) => (a && a.min >= g.min ? a : g), null);
  return {
    statements: updates.length,
    ...others,
    gapsMin: gaps.map((g) => g.min),
    medianGapMin: median(gaps.map((g) => g.min)),
    longestGapMin: longest?.min ?? null,
    longestGapFrom: longest ? toIso(longest.from) : null,
    longestGapTo: longest ? toIso(longest.to) : null,
  };
}

export function meterState(sinceMin: number, targetMin: number, warningFraction: number): MeterState {
  if (sinceMin >= targetMin) return 'overdue';
  return sinceMin >= warningFraction * targetMin ? 'warning' : 'ok';
}

/**
 * Acknowledgement clock, update cadence and (while open) the "minutes since last update" meter.
 * Only public incident statements count by default: a reply to one customer does not inform everyone
 * else, and marketing or routine posts say nothing about the incident. The first support reply that
 * speaks about the problem is given beside it (`firstReplyAck`). The gap
 * from the last statement to the end (or now) counts unless that statement says the problem is fixed.
 * Official posts before the start do not count (the clock starts with the incident).
 */
export function acknowledgementClock(
  official: readonly OfficialPost[],
  incident: IncidentSpan,
  now: number,
  options: AckClockOptions = {},
): AckClock {
  const targets = CommTargetsSchema.parse(options.targets ?? {});
  const asOf = asOfInstant(incident, now);
  const all = officialDuring(official, incident, asOf);
  const count = (kind: string) => all.filter((p) => p.kind === kind).length;
  const updates = all.filter(
    (p) => isStatement(p) || (options.includeReplies === true && p.kind === 'reply'),
  );
  const first = updates[0] ?? null;
  const firstReply = all.find((p) => p.kind === 'reply' && p.aboutIncident) ?? null;
  const ackDelayMin = first ? minutesBetween(incident.startT, first.t) : null;
  const elapsed = minutesBetween(incident.startT, asOf);
  const last = updates[updates.length - 1] ?? null;
  let meter: Meter | null = null;
  if (incident.endT === null) {
    const phase = last ? 'update' : 'acknowledgement';
    const sinceMin = minutesBetween(last?.t ?? incident.startT, asOf);
    const targetMin = last ? targets.updateEveryMin : targets.ackWithinMin;
    meter = { phase, sinceMin, targetMin, state: meterState(sinceMin, targetMin, targets.warningFraction) };
  }
  return {
    startAt: toIso(incident.startT),
    endAt: incident.endT === null ? null : toIso(incident.endT),
    asOf: toIso(asOf),
    firstAck: first ? officialRef(first) : null,
    ackDelayMin,
    firstReplyAck: firstReply ? officialRef(firstReply) : null,
    replyAckDelayMin: firstReply ? minutesBetween(incident.startT, firstReply.t) : null,
    ackTargetMin: targets.ackWithinMin,
    ackLate: (ackDelayMin ?? elapsed) > targets.ackWithinMin,
    cadence: cadence(
      updates,
      { replies: count('reply'), routine: count('routine'), unknown: count('unknown') },
      asOf,
    ),
    meter,
  };
}
