import { z } from 'zod';
import { QueryInstantSchema, fromBeforeTo } from './time';

export const INCIDENT_STATUSES = ['open', 'escalated', 'resolved'] as const;
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatusSchema>;

/** What happened to an incident: `update` = its peak grew or its figures were refreshed. */
export const INCIDENT_EVENT_KINDS = ['open', 'escalate', 'update', 'resolve', 'reopen'] as const;
export const IncidentEventKindSchema = z.enum(INCIDENT_EVENT_KINDS);
export type IncidentEventKind = z.infer<typeof IncidentEventKindSchema>;

/** Mean sentiment and negative share of a brand's posts over [from, to). Null when there were no posts. */
export const SentimentSnapshotSchema = z.object({
  from: z.string(),
  to: z.string(),
  posts: z.number().int(),
  meanSentiment: z.number().nullable(),
  negativeShare: z.number().nullable(),
});
export type SentimentSnapshot = z.infer<typeof SentimentSnapshotSchema>;

export const CategoryShareSchema = z.object({
  category: z.string(),
  complaints: z.number().int(),
  /** complaints in this category / all complaints in the incident window (a post may have several) */
  share: z.number(),
});
export type CategoryShare = z.infer<typeof CategoryShareSchema>;

export const ExamplePostSchema = z.object({
  source: z.string(),
  id: z.string(),
  author: z.string(),
  /** at most 280 characters */
  text: z.string(),
  createdAt: z.string(),
  url: z.string().nullable(),
});
export type ExamplePost = z.infer<typeof ExamplePostSchema>;

/** A word or two-word phrase over-represented in the incident's complaints vs the posts before it. */
export const EmergingTermSchema = z.object({
  term: z.string(),
  /** sampled incident complaint posts containing the term */
  incidentPosts: z.number().int(),
  /** sampled baseline posts containing the term */
  baselinePosts: z.number().int(),
  /** log-odds ratio z-score (informative Dirichlet prior); > 1.96 is significant */
  score: z.number(),
  examples: z.array(ExamplePostSchema),
});
export type EmergingTerm = z.infer<typeof EmergingTermSchema>;

/** One incident of one brand, as detected on its complaints per minute. Times are ISO-8601 UTC. */
export const IncidentSchema = z.object({
  /** `<brand>:<start epoch ms>`: stable, so a replay of the same posts yields the same id */
  id: z.string(),
  brand: z.string(),
  status: IncidentStatusSchema,
  /** 0 when opened, +1 per escalation */
  level: z.number().int(),
  reopenCount: z.number().int(),
  /** when the excess started; the alert (`alertAt`) comes a few minutes later, once it is certain */
  startAt: z.string(),
  alertAt: z.string(),
  peakAt: z.string(),
  /** null while open */
  endAt: z.string().nullable(),
  durationMs: z.number(),
  peakComplaintsPerMinute: z.number(),
  /** peak observed / expected complaints in one minute */
  peakRatio: z.number(),
  /** complaints above the expected level, summed over the incident */
  excessComplaints: z.number(),
  /** all complaints over the incident window */
  complaints: z.number().int(),
  uniqueAuthors: z.number().int(),
  sentiment: z.object({ baseline: SentimentSnapshotSchema, worst: SentimentSnapshotSchema.nullable() }),
  categories: z.array(CategoryShareSchema),
  terms: z.array(EmergingTermSchema),
  examples: z.array(ExamplePostSchema),
  sample: z.object({ incidentPosts: z.number().int(), baselinePosts: z.number().int() }),
  /** end of the last minute that changed the incident (data time, not wall-clock time) */
  updatedAt: z.string(),
  /** the post-derived figures cover [startAt, detailsUntil) */
  detailsUntil: z.string(),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** The few fields an `incident` stream event carries; clients refetch the rest. */
export const IncidentSummarySchema = IncidentSchema.pick({
  id: true,
  brand: true,
  status: true,
  level: true,
  startAt: true,
  peakAt: true,
  endAt: true,
  peakComplaintsPerMinute: true,
  peakRatio: true,
  excessComplaints: true,
});
export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

const StatusListSchema = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()))
  .pipe(z.array(IncidentStatusSchema).min(1));

/** GET /api/v1/incidents: incidents overlapping [from, to), newest start first. */
export const IncidentListQuerySchema = z
  .object({
    brand: z.string().min(1).max(64).optional(),
    from: QueryInstantSchema.optional(),
    to: QueryInstantSchema.optional(),
    /** one status or a comma-separated list, e.g. `open,escalated` */
    status: StatusListSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .superRefine(fromBeforeTo);
export type IncidentListQuery = z.output<typeof IncidentListQuerySchema>;

export const IncidentListSchema = z.object({ items: z.array(IncidentSchema) });
export type IncidentList = z.infer<typeof IncidentListSchema>;

/** One minute of the incident's brand: complaints and the detector's expectation (null before it learned). */
export const IncidentPointSchema = z.object({
  t: z.string(),
  complaints: z.number().int(),
  expected: z.number().nullable(),
  expectedLow: z.number().nullable(),
  expectedHigh: z.number().nullable(),
});
export type IncidentPoint = z.infer<typeof IncidentPointSchema>;

/** GET /api/v1/incidents/:id */
export const IncidentDetailSchema = IncidentSchema.extend({
  series: z.object({
    bucket: z.literal('1m'),
    from: z.string(),
    to: z.string(),
    points: z.array(IncidentPointSchema),
  }),
});
export type IncidentDetail = z.infer<typeof IncidentDetailSchema>;
