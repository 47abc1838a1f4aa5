import { z } from 'zod';
import { CategoryIdSchema, SentimentLabelSchema } from './enums';
import { QueryInstantSchema } from './time';

const QueryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;
export const MAX_EXPORT_ROWS = 1_000_000;

/** GET /api/v1/posts query string. */
export const PostListQuerySchema = z
  .object({
    brand: z.string().min(1).max(64).optional(),
    from: QueryInstantSchema.optional(),
    to: QueryInstantSchema.optional(),
    complaint: QueryBool.optional(),
    official: QueryBool.optional(),
    harm: QueryBool.optional(),
    category: CategoryIdSchema.optional(),
    label: SentimentLabelSchema.optional(),
    q: z.string().min(1).max(200).optional(),
    /** a page: 1-500, default 50; an export (ndjson, csv): every match unless given, at most 1,000,000 */
    limit: z.coerce.number().int().min(1).max(MAX_EXPORT_ROWS).optional().meta({
      description: 'page size 1-500 (default 50); for ndjson/csv the most rows to export (default: all)',
    }),
    cursor: z.string().max(200).optional(),
    format: z.enum(['json', 'ndjson', 'csv']).default('json'),
  })
  .superRefine((q, ctx) => {
    if (q.format === 'json' && q.limit !== undefined && q.limit > MAX_PAGE)
      ctx.addIssue({ code: 'custom', path: ['limit'], message: `a page has at most ${MAX_PAGE} posts` });
  });
export type PostListQuery = z.output<typeof PostListQuerySchema>;
