import type { Brand, BrandPatch } from '../../shared/brand';
import type { Post } from '../../shared/post';
import type { Score } from '../../shared/score';
import type { IncidentStore } from './incident-types';
import type { SourceStore } from './source-types';

/** A scored, brand-matched post ready to store. Times are epoch milliseconds. */
export type NewPost = {
  source: string;
  id: string;
  author: string;
  text: string;
  createdAt: number;
  receivedAt: number;
  url: string | null;
  lang: string | null;
  replyTo: string | null;
  shares: number | null;
  brands: string[];
  /** brands for which the author is an official handle */
  officialFor: string[];
  score: Score;
};

export type InsertResult = {
  /** the posts that were new, in input order */
  inserted: NewPost[];
  duplicates: number;
};

export type PostQuery = {
  brand?: string;
  from?: number;
  to?: number;
  complaint?: boolean;
  official?: boolean;
  harm?: boolean;
  category?: string;
  label?: 'negative' | 'neutral' | 'positive';
  q?: string;
  limit: number;
  cursor?: string;
};

export type PostPage = { items: Post[]; nextCursor: string | null };

/** One bucket of pre-aggregated counts; `t` is the bucket start (ms). Only non-empty buckets are returned. */
export type RollupRow = {
  t: number;
  posts: number;
  complaints: number;
  negatives: number;
  sentimentSum: number;
  official: number;
  harm: number;
  categories: Record<string, number>;
};

export type RollupQuery = { brand: string; from: number; to: number; bucketMs: number };

export type BrandActivity = {
  brand: string;
  posts: number;
  complaints: number;
  negatives: number;
  lastPostAt: number | null;
};

/**
 * Everything Outcry persists, behind intent-named methods. One contract test suite runs against every
 * implementation (SQLite embedded, PostgreSQL for several instances). All SQL lives below this folder.
 */
export interface Store extends IncidentStore, SourceStore {
  readonly kind: 'sqlite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  ping(): Promise<boolean>;

  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;

  listBrands(): Promise<Brand[]>;
  getBrand(id: string): Promise<Brand | null>;
  /** throws StoreConflictError when the id exists */
  createBrand(brand: Brand): Promise<Brand>;
  updateBrand(id: string, patch: BrandPatch): Promise<Brand | null>;
  deleteBrand(id: string): Promise<boolean>;

  /** Stores new posts and their per-minute rollups in one transaction; (source, id) duplicates are skipped. */
  insertPosts(posts: NewPost[]): Promise<InsertResult>;
  listPosts(query: PostQuery): Promise<PostPage>;
  countPosts(): Promise<number>;

  /** Rollups summed into buckets of bucketMs (aligned to the epoch), from <= t < to. */
  rollups(query: RollupQuery): Promise<RollupRow[]>;
  /** Per brand counts over [from, to) plus the time of the brand's latest post. */
  brandActivity(from: number, to: number): Promise<BrandActivity[]>;
}

export class StoreConflictError extends Error {
  override name = 'StoreConflictError';
}

export const MINUTE_MS = 60_000;
export const minuteOf = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS;
