import { z } from 'zod';
import { CommunicationReportSchema, GradeSchema } from './communication';
import { IncidentDetailSchema } from './incident';

/** GET /api/v1/incidents/:id: the incident, its minute series and its communication analysis. */
export const IncidentDetailResponseSchema = IncidentDetailSchema.extend({
  communication: CommunicationReportSchema,
});
export type IncidentDetailResponse = z.infer<typeof IncidentDetailResponseSchema>;

/** The executive headline of one incident: what happened and how it was handled, in numbers. */
export const HeadlineSchema = z.object({
  durationMin: z.number(),
  peakRatio: z.number(),
  peakComplaintsPerMinute: z.number(),
  excessComplaints: z.number(),
  peopleAffected: z.number().int(),
  worstNegativeShare: z.number().nullable(),
  worstMeanSentiment: z.number().nullable(),
  ackDelayMin: z.number().nullable(),
  /** "95 min", "not yet, 12 min, target 30" while open, "never" once resolved without a statement. */
  ackText: z.string(),
  longestSilenceMin: z.number().nullable(),
  calming: z.number().int(),
  backfired: z.number().int(),
  secondWave: z.boolean(),
  /** "Second wave", "Renewed surge" or "None": the same words as the chart's shading (surgeSummary). */
  surge: z.enum(['second-wave', 'renewed-surge', 'none']),
  surgeLabel: z.string(),
  harmPosts: z.number().int(),
  /** Null while pending (an open incident, no statement, acknowledgement target not passed yet). */
  grade: GradeSchema.nullable(),
  /** The grade, or "pending (not yet acknowledged: 12 min, target 30)". */
  gradeText: z.string(),
  routinePosts: z.number().int(),
  verdict: z.string(),
});
export type Headline = z.infer<typeof HeadlineSchema>;

/** GET /api/v1/incidents/:id/report (JSON; `?format=md` gives the same as Markdown). */
export const IncidentReportSchema = z.object({
  generatedAt: z.string(),
  brandName: z.string(),
  incident: IncidentDetailSchema,
  headline: HeadlineSchema,
  communication: CommunicationReportSchema,
});
export type IncidentReport = z.infer<typeof IncidentReportSchema>;

export const ReportQuerySchema = z.object({ format: z.enum(['json', 'md']).default('json') });
