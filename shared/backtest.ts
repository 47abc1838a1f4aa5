import { z } from 'zod';
import { InstantSchema } from './time';

/** A known outage to score a backtest against: when it started and (optionally) ended. */
export const BacktestLabelSchema = z.object({
  /** the brand it concerns; a label without one matches an incident of any brand */
  brand: z.string().min(1).max(64).optional(),
  start: InstantSchema,
  /** end of the outage; defaults to the start (a labelled instant) */
  end: InstantSchema.optional(),
});
export type BacktestLabel = z.infer<typeof BacktestLabelSchema>;

export const BacktestLabelsSchema = z.array(BacktestLabelSchema).max(10_000);

export const BacktestRequestSchema = z.object({
  brand: z.string().min(1).max(64).optional(),
  labels: BacktestLabelsSchema.optional(),
});

export const BacktestQuerySchema = z.object({ brand: z.string().min(1).max(64).optional() });

export const BacktestIncidentSchema = z.object({
  id: z.string(),
  brand: z.string(),
  startAt: z.string(),
  alertAt: z.string(),
  peakAt: z.string(),
  /** null while the excess is still going on at the end of the data */
  endAt: z.string().nullable(),
  peakRatio: z.number(),
  excessComplaints: z.number(),
  /** minutes from the start of the excess to the alert */
  alertDelayMinutes: z.number(),
  /** with labels: minutes from the matched outage's labelled start to the alert (negative = before it) */
  labelDelayMinutes: z.number().nullable(),
  /** with labels: whether the incident overlaps a labelled outage; else null */
  matched: z.boolean().nullable(),
});
export type BacktestIncident = z.infer<typeof BacktestIncidentSchema>;

export const BacktestBrandSchema = z.object({
  brand: z.string(),
  /** the replayed history: the brand's first and last minute with posts (null when it has none) */
  from: z.string().nullable(),
  to: z.string().nullable(),
  minutes: z.number().int(),
  incidents: z.array(BacktestIncidentSchema),
});

export const BacktestScoreSchema = z.object({
  labels: z.number().int(),
  detected: z.number().int(),
  incidents: z.number().int(),
  matchedIncidents: z.number().int(),
  /** matched incidents / incidents (null without incidents) */
  precision: z.number().nullable(),
  /** labelled outages with an overlapping incident / labels (null without labels) */
  recall: z.number().nullable(),
  /** median minutes from a detected outage's labelled start to its first alert */
  medianDelayMinutes: z.number().nullable(),
});

export const BacktestResponseSchema = z.object({
  brands: z.array(BacktestBrandSchema),
  score: BacktestScoreSchema.nullable(),
});
export type BacktestResponse = z.infer<typeof BacktestResponseSchema>;
export type BacktestScore = z.infer<typeof BacktestScoreSchema>;
