import { z } from 'zod';
import { CategoryIdSchema, SentimentLabelSchema } from './enums';

/** One piece of evidence behind a score: the UI highlights `term` in the post text. */
export const WhySchema = z.object({
  term: z.string(),
  rule: z.string(),
  weight: z.number(),
});
export type Why = z.infer<typeof WhySchema>;

/** What the scorer says about one text. Pure output of server/scoring. */
export const ScoreSchema = z.object({
  sentiment: z.number().min(-1).max(1),
  label: SentimentLabelSchema,
  complaint: z.boolean(),
  complaintScore: z.number().min(0).max(1),
  categories: z.array(CategoryIdSchema),
  harm: z.boolean(),
  /** The writer says they will leave ("moving my money", "bytter bank"); its words are in `why` (rule `leaving`). */
  leaving: z.boolean().optional(),
  /** ISO 639-1 code the text was scored as, or 'und' when unknown. */
  lang: z.string(),
  /** false when no lexicon exists for the language: sentiment/complaint are then 0/false, not guesses. */
  scored: z.boolean(),
  why: z.array(WhySchema),
});
export type Score = z.infer<typeof ScoreSchema>;

/** `outcry analyze` output line. */
export const AnalyzeLineSchema = z.object({
  id: z.unknown(),
  sentiment: z.number(),
  /** 'unscored' when Outcry has no lexicon for the post's language (then `scored` is false). */
  label: z.union([SentimentLabelSchema, z.literal('unscored')]),
  complaint: z.boolean(),
  complaintScore: z.number(),
  categories: z.array(z.string()),
  harm: z.boolean().optional(),
  leaving: z.boolean().optional(),
  lang: z.string().optional(),
  scored: z.boolean().optional(),
});
