import { z } from 'zod';
import { ScoreSchema } from './score';
import { cleanText, freeText, plainString } from './text';
import { InstantSchema } from './time';

/** An http(s) URL: anything else (javascript:, data:, file:) is refused where a URL is stored or linked. */
export const HttpUrlSchema = plainString()
  .max(2048)
  .refine((u) => {
    try {
      const p = new URL(u).protocol;
      return p === 'http:' || p === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export const LangSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en or pt-BR');

export const SourceNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, 'letters, digits and . _ : @ / - only');

/**
 * A post as it arrives (webhook, file import, feed adapter, demo). Its text and author are normalised
 * (NUL removed, lone surrogates replaced: see shared/text.ts); its ids refuse NUL.
 */
export const PostInputSchema = z.object({
  id: z.union([plainString().min(1).max(256), z.number().int().nonnegative().transform(String)]),
  source: SourceNameSchema,
  author: z.string().max(256).transform(cleanText).pipe(z.string().min(1)),
  text: freeText(100_000),
  createdAt: InstantSchema,
  url: HttpUrlSchema.optional(),
  lang: LangSchema.optional(),
  brand: plainString().min(1).max(64).optional(),
  /** id (within the same source) of the post this one replies to or quotes. */
  replyTo: plainString().min(1).max(256).optional(),
  /** reshares/reblogs/retweets count when the source reports it. */
  shares: z.number().int().nonnegative().optional(),
});
export type PostInputRaw = z.input<typeof PostInputSchema>;
export type PostInput = z.output<typeof PostInputSchema>;

/** A stored post with its scores, as the API returns it. */
export const PostSchema = z.object({
  source: z.string(),
  id: z.string(),
  author: z.string(),
  text: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  url: z.string().nullable(),
  lang: z.string().nullable(),
  replyTo: z.string().nullable(),
  shares: z.number().nullable(),
  brands: z.array(z.string()),
  official: z.boolean(),
  score: ScoreSchema,
});
export type Post = z.infer<typeof PostSchema>;

export const RejectedItemSchema = z.object({
  index: z.number().int(),
  /** 1-based line number for NDJSON/CSV input. */
  line: z.number().int().optional(),
  reason: z.string(),
  path: z.string().optional(),
});
export type RejectedItem = z.infer<typeof RejectedItemSchema>;

export const IngestResultSchema = z.object({
  received: z.number().int(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  unmatched: z.number().int(),
  rejected: z.array(RejectedItemSchema),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

export const PageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
