import { z } from 'zod';

/**
 * How a company communicated during one incident: the figures server/detect/communication computes.
 * Instants are ISO-8601 strings, durations are minutes (one decimal). See docs/communication.md.
 */

export const METER_STATES = ['ok', 'warning', 'overdue'] as const;
export const MeterStateSchema = z.enum(METER_STATES);
export type MeterState = z.infer<typeof MeterStateSchema>;

export const IMPACT_VERDICTS = ['calming', 'neutral', 'backfired', 'insufficient'] as const;
export const ImpactVerdictSchema = z.enum(IMPACT_VERDICTS);
export type ImpactVerdict = z.infer<typeof ImpactVerdictSchema>;

export const PROMISE_STATES = ['kept', 'missed', 'pending'] as const;
export const PromiseStateSchema = z.enum(PROMISE_STATES);
export type PromiseState = z.infer<typeof PromiseStateSchema>;

export const FIX_CLAIM_STATES = ['held', 'contradicted', 'pending'] as const;
export const FixClaimStateSchema = z.enum(FIX_CLAIM_STATES);
export type FixClaimState = z.infer<typeof FixClaimStateSchema>;

export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export const GradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof GradeSchema>;

/**
 * What an official post is (docs/communication.md, "Kinds of official post"). The first four are public
 * incident statements: they start the acknowledgement clock and keep the cadence. A `reply` answers one
 * customer; `routine` is marketing or everyday posting; `unknown` has no words or a language not read.
 */
export const OFFICIAL_KINDS = [
  'incident',
  'resolution',
  'remedy',
  'apology',
  'reply',
  'routine',
  'unknown',
] as const;
export const OfficialKindSchema = z.enum(OFFICIAL_KINDS);
export type OfficialKind = z.infer<typeof OfficialKindSchema>;

export const STATEMENT_KINDS: readonly OfficialKind[] = ['incident', 'resolution', 'remedy', 'apology'];
/** A public statement about the incident (not a reply, not marketing, not unknown). */
export const isStatementKind = (kind: OfficialKind): boolean => STATEMENT_KINDS.includes(kind);

/** What an incident statement does. */
export const INCIDENT_ROLES = ['acknowledgement', 'update', 'cause', 'workaround'] as const;
export const IncidentRoleSchema = z.enum(INCIDENT_ROLES);
export type IncidentRole = z.infer<typeof IncidentRoleSchema>;

/** Targets a deployment sets; every field has a default. */
export const CommTargetsSchema = z.object({
  /** The first statement should come within this many minutes of the incident start. */
  ackWithinMin: z.number().positive().max(1440).default(30),
  /** Then a statement at least this often. */
  updateEveryMin: z.number().positive().max(1440).default(60),
  /** The meter turns `warning` at this fraction of the target. */
  warningFraction: z.number().gt(0).lt(1).default(0.75),
});
export type CommTargets = z.output<typeof CommTargetsSchema>;
export const DEFAULT_COMM_TARGETS: CommTargets = CommTargetsSchema.parse({});

export const OfficialRefSchema = z.object({
  source: z.string(),
  id: z.string(),
  author: z.string(),
  at: z.string(),
  text: z.string(),
  kind: OfficialKindSchema,
  /** For `incident` statements: acknowledgement, update, cause or workaround. */
  role: IncidentRoleSchema.nullable(),
  /** A reply (or statement) that speaks about the problem, not only "sorry to hear that". */
  aboutIncident: z.boolean(),
  /** Why it was classified so, in words (the cue words found). */
  why: z.string(),
});
export type OfficialRef = z.infer<typeof OfficialRefSchema>;

export const CadenceSchema = z.object({
  /** Statements during the incident (up to the end, or now while open). */
  statements: z.number().int(),
  /** Support replies, routine or marketing posts, and unreadable posts in the same time. */
  replies: z.number().int(),
  routine: z.number().int(),
  unknown: z.number().int(),
  /** Gaps between consecutive statements, plus the gap from the last one to the end (or now). */
  gapsMin: z.array(z.number()),
  medianGapMin: z.number().nullable(),
  longestGapMin: z.number().nullable(),
  longestGapFrom: z.string().nullable(),
  longestGapTo: z.string().nullable(),
});
export type Cadence = z.infer<typeof CadenceSchema>;

export const MeterSchema = z.object({
  /** `acknowledgement` until the first statement, then `update`. */
  phase: z.enum(['acknowledgement', 'update']),
  sinceMin: z.number(),
  targetMin: z.number(),
  state: MeterStateSchema,
});
export type Meter = z.infer<typeof MeterSchema>;

export const AckClockSchema = z.object({
  startAt: z.string(),
  endAt: z.string().nullable(),
  /** The end, or now while the incident is open. */
  asOf: z.string(),
  /** The first public incident statement (marketing, routine posts and replies never count). */
  firstAck: OfficialRefSchema.nullable(),
  ackDelayMin: z.number().nullable(),
  /** The first support reply that spoke about the problem to a customer, given separately. */
  firstReplyAck: OfficialRefSchema.nullable(),
  replyAckDelayMin: z.number().nullable(),
  ackTargetMin: z.number(),
  /** True when the first statement came after the target, or has not come and the target has passed. */
  ackLate: z.boolean(),
  cadence: CadenceSchema,
  /** Minutes since the last statement against the targets; null once the incident is resolved. */
  meter: MeterSchema.nullable(),
});
export type AckClock = z.infer<typeof AckClockSchema>;

export const WindowFiguresSchema = z.object({
  minutes: z.number().int(),
  posts: z.number().int(),
  complaints: z.number().int(),
  negatives: z.number().int(),
  complaintRate: z.number(),
  negativeShare: z.number().nullable(),
});
export type WindowFigures = z.infer<typeof WindowFiguresSchema>;

export const ReactionSchema = z.object({
  source: z.string(),
  id: z.string(),
  author: z.string(),
  at: z.string(),
  text: z.string(),
  negative: z.boolean(),
  complaint: z.boolean(),
  shares: z.number().nullable(),
});
export type Reaction = z.infer<typeof ReactionSchema>;

export const StatementImpactSchema = z.object({
  statement: OfficialRefSchema,
  before: WindowFiguresSchema,
  after: WindowFiguresSchema,
  /** What the after-window would have looked like had the before-window's trend continued. */
  expected: z.object({ complaintRate: z.number().nullable(), negativeShare: z.number().nullable() }),
  /** after / expected - 1 for the complaint rate; negative share points after - expected. */
  complaintChange: z.number().nullable(),
  complaintZ: z.number().nullable(),
  negativeShareChange: z.number().nullable(),
  negativeShareZ: z.number().nullable(),
  reactions: z.object({
    count: z.number().int(),
    negatives: z.number().int(),
    /** Reactions that complain about the communication or customer service itself. */
    aboutCommunication: z.number().int(),
    top: z.array(ReactionSchema),
  }),
  /** Posts that refer to it by its words ("friends and family??"): the distinctive word pairs they share. */
  references: z.object({
    count: z.number().int(),
    phrases: z.array(z.string()),
    top: z.array(ReactionSchema),
  }),
  verdict: ImpactVerdictSchema,
  reasons: z.array(z.string()),
});
export type StatementImpact = z.infer<typeof StatementImpactSchema>;

export const CommWaveSchema = z.object({
  /** Estimated start of the surge of communication complaints. */
  startAt: z.string(),
  /** The bucket where the detector raised it. */
  alertAt: z.string(),
  trigger: z.enum(['onset', 'reopen', 'escalate']),
  minutesAfterIncidentStart: z.number(),
  /** Communication complaints in the hour from the start, and their share of all complaints. */
  complaints: z.number().int(),
  share: z.number(),
  /** Their share in the hours before the incident: the usual mix. */
  usualShare: z.number(),
  /** False when the surge only follows the outage's own complaints (same mix as usual). */
  failure: z.boolean(),
  precededBy: OfficialRefSchema.nullable(),
  minutesAfterStatement: z.number().nullable(),
  /** The official post the wave's posts refer to (reply to, quote or use its words), and how many do. */
  referredTo: OfficialRefSchema.nullable(),
  references: z.number().int(),
});
export type CommWave = z.infer<typeof CommWaveSchema>;

export const PromiseCheckSchema = z.object({
  statement: OfficialRefSchema,
  /** The words that made the promise, e.g. "next update by 3pm". */
  phrase: z.string(),
  dueAt: z.string(),
  /** `assumed`: the text named no zone, the deployment's default offset was used. */
  zone: z.enum(['relative', 'utc', 'named', 'assumed']),
  state: PromiseStateSchema,
  keptBy: OfficialRefSchema.nullable(),
  /** Minutes past the due time of the next statement, when it came late. */
  lateByMin: z.number().nullable(),
});
export type PromiseCheck = z.infer<typeof PromiseCheckSchema>;

export const FixClaimCheckSchema = z.object({
  statement: OfficialRefSchema,
  phrase: z.string(),
  state: FixClaimStateSchema,
  /** Start of the first sustained run of complaints above expected after the claim. */
  contradictedAt: z.string().nullable(),
  minutesAfterClaim: z.number().nullable(),
  /** Complaints above expected over the check horizon after the claim. */
  excessComplaints: z.number(),
});
export type FixClaimCheck = z.infer<typeof FixClaimCheckSchema>;

export const HarmPostSchema = z.object({
  source: z.string(),
  id: z.string(),
  author: z.string(),
  at: z.string(),
  text: z.string(),
  shares: z.number().nullable(),
  url: z.string().nullable(),
});
export type HarmPost = z.infer<typeof HarmPostSchema>;

export const HarmTriageSchema = z.object({
  count: z.number().int(),
  newest: z.array(HarmPostSchema),
  mostShared: z.array(HarmPostSchema),
});
export type HarmTriage = z.infer<typeof HarmTriageSchema>;

/** A routine or marketing post made while the incident was open: a finding of its own. */
export const RoutineDuringSchema = z.object({
  post: OfficialRefSchema,
  minutesIn: z.number(),
});
export type RoutineDuring = z.infer<typeof RoutineDuringSchema>;

/** Not graded yet: an open incident with no statement before the acknowledgement target has passed. */
export const PendingSchema = z.object({ sinceMin: z.number(), targetMin: z.number() });
export type Pending = z.infer<typeof PendingSchema>;

export const ScorecardSchema = z.object({
  /** Null while `pending`: no letter grade for an open incident before a statement or the target. */
  grade: GradeSchema.nullable(),
  pending: PendingSchema.nullable(),
  /** 100 minus penalties (plus a small bonus for calming statements), clamped to 0..100; null while pending. */
  points: z.number().nullable(),
  /** Plain-language summary, one sentence per finding. */
  verdict: z.string(),
  findings: z.array(z.string()),
  figures: z.object({
    ackDelayMin: z.number().nullable(),
    ackTargetMin: z.number(),
    longestSilenceMin: z.number().nullable(),
    updateTargetMin: z.number(),
    statements: z.number().int(),
    calming: z.number().int(),
    backfired: z.number().int(),
    communicationFailures: z.number().int(),
    promisesMissed: z.number().int(),
    fixClaimsContradicted: z.number().int(),
    harmPosts: z.number().int(),
    /** Routine or marketing posts while the incident was open. */
    routinePosts: z.number().int(),
  }),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;

export const CommunicationReportSchema = z.object({
  ack: AckClockSchema,
  impacts: z.array(StatementImpactSchema),
  waves: z.array(CommWaveSchema),
  promises: z.array(PromiseCheckSchema),
  fixClaims: z.array(FixClaimCheckSchema),
  harm: HarmTriageSchema,
  /** Routine and marketing posts made while the incident was open, oldest first. */
  routine: z.array(RoutineDuringSchema),
  scorecard: ScorecardSchema,
});
export type CommunicationReport = z.infer<typeof CommunicationReportSchema>;

/**
 * The acknowledgement figure in words, the same everywhere (report, Compare, Markdown): "95 min",
 * "not yet, 12 min, target 30" while it can still happen, "never" only once the incident is over.
 */
export function ackDelayText(
  ack: Pick<AckClock, 'ackDelayMin' | 'ackTargetMin' | 'endAt' | 'meter'>,
): string {
  if (ack.ackDelayMin !== null) return `${Math.round(ack.ackDelayMin)} min`;
  if (ack.endAt !== null) return 'never';
  const since = ack.meter?.phase === 'acknowledgement' ? ack.meter.sinceMin : 0;
  return `not yet, ${Math.round(since)} min, target ${ack.ackTargetMin}`;
}

/** "pending (not yet acknowledged: 12 min, target 30)" or the letter. */
export const gradeText = (s: Pick<Scorecard, 'grade' | 'pending'>): string =>
  s.grade ??
  `pending (not yet acknowledged: ${Math.round(s.pending?.sinceMin ?? 0)} min, target ${s.pending?.targetMin ?? 0})`;

/** How a wave of complaints after the incident start reads everywhere: chart shading, headline, Markdown. */
export const SURGE_LABELS = {
  'second-wave': 'Second wave',
  'renewed-surge': 'Renewed surge',
  none: 'None',
} as const;
export type SurgeKind = keyof typeof SURGE_LABELS;
export const surgeKind = (w: Pick<CommWave, 'failure'>): SurgeKind =>
  w.failure ? 'second-wave' : 'renewed-surge';

/**
 * The one wave figure the headline shows, from the same waves the chart shades: a second wave (about
 * the communication) outranks a renewed surge (the outage's own complaints rising again).
 */
export function surgeSummary(waves: readonly CommWave[]): {
  kind: SurgeKind;
  label: string;
  wave: CommWave | null;
} {
  const wave = waves.find((w) => w.failure) ?? waves[0] ?? null;
  const kind = wave ? surgeKind(wave) : 'none';
  return { kind, label: SURGE_LABELS[kind], wave };
}
