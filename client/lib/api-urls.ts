import type { Bucket, SentimentLabel } from '../../shared/enums';
import { resolveRange } from './time-range';
import type { TimeRange } from './time-range';

/** Posts query as the API takes it; every field optional except the window. */
export type PostsQuery = {
  brand?: string;
  from?: string;
  to?: string;
  complaint?: boolean;
  category?: string;
  label?: SentimentLabel;
  q?: string;
  official?: boolean;
  harm?: boolean;
  limit?: number;
};

/** What a page asks for: the window may be relative, so it is resolved only when the request is made. */
export type PostsParams = Omit<PostsQuery, 'from' | 'to'> & { range?: TimeRange };
export type SeriesParams = { brand: string; range: TimeRange; bucket: Bucket };

export function resolvePostsParams(params: PostsParams, nowMs: number): PostsQuery {
  const { range, ...rest } = params;
  return range ? { ...rest, ...resolveRange(range, nowMs) } : rest;
}

export function resolveSeriesParams(params: SeriesParams, nowMs: number): SeriesQuery {
  return { brand: params.brand, bucket: params.bucket, ...resolveRange(params.range, nowMs) };
}

export type SeriesQuery = { brand: string; from: string; to: string; bucket: Bucket };

export type PostsFormat = 'json' | 'ndjson' | 'csv';
export type SeriesFormat = 'json' | 'csv';

type Flag = 'true' | 'false';

/** /api/v1/posts query string, typed so the hc client can check it against the route's validator. */
export type PostsQueryRecord = {
  brand?: string;
  from?: string;
  to?: string;
  complaint?: Flag;
  category?: string;
  label?: SentimentLabel;
  q?: string;
  official?: Flag;
  harm?: Flag;
  limit?: string;
  cursor?: string;
  format?: 'json' | 'ndjson' | 'csv';
};

const flag = (value: boolean): Flag => (value ? 'true' : 'false');

/** Query-string record for /api/v1/posts; omitted filters are left out rather than sent empty. */
export function postsQueryRecord(query: PostsQuery, cursor?: string | null): PostsQueryRecord {
  const record: PostsQueryRecord = {};
  if (query.brand) record.brand = query.brand;
  if (query.from) record.from = query.from;
  if (query.to) record.to = query.to;
  if (query.complaint !== undefined) record.complaint = flag(query.complaint);
  if (query.category) record.category = query.category;
  if (query.label) record.label = query.label;
  const q = query.q?.trim();
  if (q) record.q = q;
  if (query.official !== undefined) record.official = flag(query.official);
  if (query.harm) record.harm = 'true';
  if (query.limit !== undefined) record.limit = String(query.limit);
  if (cursor) record.cursor = cursor;
  return record;
}

export type SeriesQueryRecord = SeriesQuery & { format?: SeriesFormat };

export function seriesQueryRecord(query: SeriesQuery): SeriesQueryRecord {
  return { brand: query.brand, from: query.from, to: query.to, bucket: query.bucket };
}

const withQuery = (path: string, record: Record<string, string | undefined>): string => {
  const defined = Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined);
  const search = new URLSearchParams(defined).toString();
  return search ? `${path}?${search}` : path;
};

/** Export links: the same URL the page reads, with a format. Paging is dropped so the export is whole. */
export function postsExportUrl(query: PostsQuery, format: PostsFormat): string {
  const { limit: _limit, ...rest } = query;
  const record = postsQueryRecord(rest);
  if (format !== 'json') record.format = format;
  return withQuery('/api/v1/posts', record);
}

export function seriesExportUrl(query: SeriesQuery, format: SeriesFormat): string {
  const record = seriesQueryRecord(query);
  if (format !== 'json') record.format = format;
  return withQuery('/api/v1/series', record);
}
