import { z } from 'zod';

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export const SentimentLabelSchema = z.enum(SENTIMENT_LABELS);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

/**
 * The built-in complaint taxonomy. The scorer's taxonomy is data (server/scoring/lexicons) and a
 * deployment may add categories, so wire types carry category ids as strings; these are the defaults.
 */
export const DEFAULT_CATEGORIES = [
  'login',
  'app',
  'website',
  'payments',
  'cards',
  'account',
  'customer_service',
  'communication',
  'fees',
  'security',
  'signal',
  'calls',
  'mobile_data',
  'sim',
  'roaming',
  'broadband',
  'power_supply',
  'gas_heating',
  'meter',
  'flights',
  'baggage',
  'booking',
  'sync',
  'api',
  'general_outage',
] as const;
export type DefaultCategory = (typeof DEFAULT_CATEGORIES)[number];
export const CategoryIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const BUCKETS = ['1m', '5m', '15m', '1h', '1d'] as const;
export const BucketSchema = z.enum(BUCKETS);
export type Bucket = z.infer<typeof BucketSchema>;
export const BUCKET_MS: Record<Bucket, number> = {
  '1m': 60_000,
  '5m': 300_000,
  '15m': 900_000,
  '1h': 3_600_000,
  '1d': 86_400_000,
};
