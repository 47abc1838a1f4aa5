import { z } from 'zod';
import { BucketSchema } from './enums';
import { QueryInstantSchema, fromBeforeTo } from './time';

export const SeriesQuerySchema = z
  .object({
    brand: z.string().min(1).max(64),
    from: QueryInstantSchema.optional(),
    to: QueryInstantSchema.optional(),
    bucket: BucketSchema.default('5m'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .superRefine(fromBeforeTo);

export const SeriesPointSchema = z.object({
  t: z.string(),
  posts: z.number(),
  complaints: z.number(),
  negatives: z.number(),
  negativeShare: z.number().nullable(),
  meanSentiment: z.number().nullable(),
  official: z.number(),
  categories: z.record(z.string(), z.number()),
  expected: z.number().nullable(),
  expectedLow: z.number().nullable(),
  expectedHigh: z.number().nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const SeriesResponseSchema = z.object({
  brand: z.string(),
  bucket: BucketSchema,
  from: z.string(),
  to: z.string(),
  points: z.array(SeriesPointSchema),
});
export type SeriesResponse = z.infer<typeof SeriesResponseSchema>;
