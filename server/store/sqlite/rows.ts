import type { Brand } from '../../../shared/brand';
import type { Post } from '../../../shared/post';
import type { Score } from '../../../shared/score';
import { toIso } from '../../../shared/time';

export type PostRow = {
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
  score: string;
  brands: string | null;
  official: number | null;
};

export const postFromRow = (r: PostRow): Post => ({
  source: r.source,
  id: r.ext_id,
  author: r.author,
  text: r.text,
  createdAt: toIso(Number(r.created_at)),
  receivedAt: toIso(Number(r.received_at)),
  url: r.url,
  lang: r.lang,
  replyTo: r.reply_to,
  shares: r.shares === null ? null : Number(r.shares),
  brands: r.brands ? r.brands.split(',') : [],
  official: Number(r.official ?? 0) > 0,
  score: JSON.parse(r.score) as Score,
});

export type BrandRow = {
  id: string;
  name: string;
  keywords: string;
  official_handles: string;
  created_at: number;
};

export const brandFromRow = (r: BrandRow): Brand => ({
  id: r.id,
  name: r.name,
  keywords: JSON.parse(r.keywords) as string[],
  officialHandles: JSON.parse(r.official_handles) as string[],
  createdAt: toIso(Number(r.created_at)),
});

/** Escape a user string for LIKE ... ESCAPE '\'. */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
