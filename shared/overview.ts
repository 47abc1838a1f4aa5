import { z } from 'zod';
import { BrandSchema } from './brand';
import { StatusIndicatorSchema } from './source';

export const BRAND_STATES = ['quiet', 'normal', 'elevated', 'incident'] as const;
export const BrandStateSchema = z.enum(BRAND_STATES);
export type BrandState = z.infer<typeof BrandStateSchema>;

/** The brand's own status page (a statuspage source), shown beside the crowd signal. */
export const StatusPageSummarySchema = z.object({
  indicator: StatusIndicatorSchema,
  description: z.string().nullable(),
  /** When the page was last read successfully. */
  updatedAt: z.string().nullable(),
});
export type StatusPageSummary = z.infer<typeof StatusPageSummarySchema>;

/** A brand with its current state, for the brand switcher. Counts cover the last hour. */
export const BrandOverviewSchema = BrandSchema.extend({
  state: BrandStateSchema,
  postsLastHour: z.number(),
  complaintsLastHour: z.number(),
  expectedLastHour: z.number().nullable(),
  negativeShareLastHour: z.number().nullable(),
  lastPostAt: z.string().nullable(),
  /** null when no status page source is configured for the brand. */
  statusPage: StatusPageSummarySchema.nullable().optional(),
});
export type BrandOverview = z.infer<typeof BrandOverviewSchema>;

export const OverviewSchema = z.object({
  now: z.string(),
  demo: z.boolean(),
  brands: z.array(BrandOverviewSchema),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const CLUSTER_ROLES = ['leader', 'follower'] as const;
export type ClusterRole = (typeof CLUSTER_ROLES)[number];

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSec: z.number(),
  demo: z.boolean(),
  store: z.object({ kind: z.enum(['sqlite', 'postgres']), ok: z.boolean(), posts: z.number().optional() }),
  /** Whether this instance runs the incident engine and the feed sources (the leader) or stands by. */
  cluster: z.object({ role: z.enum(CLUSTER_ROLES) }).optional(),
});
export type Health = z.infer<typeof HealthSchema>;
