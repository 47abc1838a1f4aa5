import { z } from 'zod';
import { IncidentEventKindSchema, IncidentSummarySchema } from './incident';

/** Server-sent events on /api/v1/stream. The SSE `event:` field is the `type`. */
export const PostEventSchema = z.object({
  type: z.literal('post'),
  source: z.string(),
  id: z.string(),
  brands: z.array(z.string()),
  complaint: z.boolean(),
  official: z.boolean(),
  createdAt: z.string(),
});
export const BucketEventSchema = z.object({
  type: z.literal('bucket'),
  brand: z.string(),
  t: z.string(),
  posts: z.number(),
  complaints: z.number(),
});
/** An incident opened, escalated, changed, resolved or re-opened; clients refetch the incident. */
export const IncidentEventSchema = z.object({
  type: z.literal('incident'),
  kind: IncidentEventKindSchema,
  incident: IncidentSummarySchema,
});
export const StreamEventSchema = z.discriminatedUnion('type', [
  PostEventSchema,
  BucketEventSchema,
  IncidentEventSchema,
]);
export type StreamEvent = z.infer<typeof StreamEventSchema>;
export type PostEvent = z.infer<typeof PostEventSchema>;
export type BucketEvent = z.infer<typeof BucketEventSchema>;
export type IncidentEvent = z.infer<typeof IncidentEventSchema>;
