import type { Brand } from '../../../shared/brand';
import type { Post } from '../../../shared/post';
import type { Score } from '../../../shared/score';
import { toIso } from '../../../shared/time';

/** A `posts` row plus the aggregated brands/official columns of the shared post query. */
export type PgPostRow = {
  pk: number;
  source: string;
  ext_id: string;
  author: string;
  text: string;
  created_at: number;
  received_at: number;
  url: string | null;
  lang: string | null;
  reply_to: string | null;
  shares: number | null;
  /** jsonb: already parsed by the driver */
  score: Score;
  brands: string | null;
  official: number | null;
};

export const postFromPgRow = (r: PgPostRow): Post => ({
  source: r.source,
  id: r.ext_id,
  author: r.author,
  text: r.text,
  createdAt: toIso(r.created_at),
  receivedAt: toIso(r.received_at),
  url: r.url,
  lang: r.lang,
  replyTo: r.reply_to,
  shares: r.shares,
  brands: r.brands ? r.brands.split(',') : [],
  official: (r.official ?? 0) > 0,
  score: r.score,
});

export type PgBrandRow = {
  id: string;
  name: string;
  keywords: string[];
  official_handles: string[];
  created_at: number;
};

export const brandFromPgRow = (r: PgBrandRow): Brand => ({
  id: r.id,
  name: r.name,
  keywords: r.keywords,
  officialHandles: r.official_handles,
  createdAt: toIso(r.created_at),
});
