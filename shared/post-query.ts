import { z } from 'zod';
import { CategoryIdSchema, SentimentLabelSchema } from './enums';
import { QueryInstantSchema } from './time';

const QueryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** GET /api/v1/posts query string. */
export const PostListQuerySchema = z.object({
  brand: z.string().min(1).max(64).optional(),
  from: QueryInstantSchema.optional(),
  to: QueryInstantSchema.optional(),
  complaint: QueryBool.optional(),
  official: QueryBool.optional(),
  harm: QueryBool.optional(),
  category: CategoryIdSchema.optional(),
  label: SentimentLabelSchema.optional(),
  q: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
  format: z.enum(['json', 'ndjson', 'csv']).default('json'),
});
export type PostListQuery = z.output<typeof PostListQuerySchema>;
