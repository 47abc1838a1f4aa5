import { z } from 'zod';
import type { SourceConfig } from '../../../shared/source';
import { parseFeedDate } from './feed-dates';
import { failOnStatus, parseJsonBody } from './http';
import { maxId, parseStatuses } from './mastodon-status';
import type { ParsedStatuses } from './mastodon-status';
import { SourceError } from './types';
import type { Cursor, PollContext, PollResult, SkippedEntry } from './types';
import type { PostInputRaw } from '../../../shared/post';

export const PAGE_LIMIT = 40;
/** Pages fetched per poll when catching up; the rest waits for the next poll. */
export const MAX_PAGES = 5;

export interface Timeline {
  /** REST path with query, relative to the instance, or null when the account id must be looked up. */
  rest: string | null;
  /** Streaming API path, or null when Mastodon has no public stream for it (account statuses). */
  stream: string | null;
  acct: string | null;
}

export function timelineFor(query: string): Timeline {
  if (query.startsWith('#')) {
    const tag = encodeURIComponent(query.slice(1));
    return {
      rest: `/api/v1/timelines/tag/${tag}`,
      stream: `/api/v1/streaming/hashtag?tag=${tag}`,
      acct: null,
    };
  }
  if (query === 'public')
    return { rest: '/api/v1/timelines/public', stream: '/api/v1/streaming/public', acct: null };
  if (query === 'local') {
    return {
      rest: '/api/v1/timelines/public?local=true',
      stream: '/api/v1/streaming/public/local',
      acct: null,
    };
  }
  return { rest: null, stream: null, acct: query.replace(/^@/, '') };
}

export const authHeaders = (config: SourceConfig): Record<string, string> =>
  config.credentials?.accessToken ? { authorization: `Bearer ${config.credentials.accessToken}` } : {};

/** RFC 8288 `Link: <url>; rel="next", <url>; rel="prev"` -> { next, prev }. */
export function parseLinkHeader(value: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  for (const m of (value ?? '').matchAll(/<([^>]*)>\s*;[^,]*?\brel="?([^",;]+)"?/g)) {
    if (m[1] && m[2]) for (const rel of m[2].split(/\s+/)) links[rel] = m[1];
  }
  return links;
}

/** Mastodon's X-RateLimit-* headers: requests left in the window and when it resets (ISO time). */
function rateLimit(headers: Headers): { remaining: number | null; resetAt: number | null } {
  const remaining = Number(headers.get('x-ratelimit-remaining') ?? Number.NaN);
  return {
    remaining: Number.isFinite(remaining) ? remaining : null,
    resetAt: parseFeedDate(headers.get('x-ratelimit-reset')),
  };
}

async function getJson(ctx: PollContext, url: string): Promise<{ json: unknown; headers: Headers }> {
  const res = await ctx.fetch(url, {
    headers: { accept: 'application/json', ...authHeaders(ctx.config) },
    signal: ctx.signal,
  });
  if (res.status === 429 && !res.headers.get('retry-after')) {
    const { resetAt } = rateLimit(res.headers);
    await res.body?.cancel().catch(() => undefined);
    const retryAfterMs = resetAt === null ? undefined : Math.max(0, resetAt - ctx.clock.now());
    throw new SourceError(`rate limited by ${new URL(url).host}`, { status: 429, retryAfterMs });
  }
  await failOnStatus(res, url, ctx.clock.now());
  return {
    json: parseJsonBody(new Uint8Array(await res.arrayBuffer()), 'Mastodon response'),
    headers: res.headers,
  };
}

const AccountLookupSchema = z.object({ id: z.string().regex(/^\d+$/) });

async function restPath(
  ctx: PollContext,
  timeline: Timeline,
  base: string,
): Promise<{ path: string; cursor: Cursor }> {
  if (timeline.rest) return { path: timeline.rest, cursor: ctx.cursor };
  const cached = ctx.cursor.accountId;
  if (typeof cached === 'string' && ctx.cursor.acct === timeline.acct) {
    return { path: `/api/v1/accounts/${cached}/statuses`, cursor: ctx.cursor };
  }
  const lookup = new URL('/api/v1/accounts/lookup', base);
  lookup.searchParams.set('acct', timeline.acct ?? '');
  const { json } = await getJson(ctx, lookup.href);
  const account = AccountLookupSchema.safeParse(json);
  if (!account.success) throw new SourceError(`account ${timeline.acct} lookup returned no id`);
  const cursor = { ...ctx.cursor, acct: timeline.acct, accountId: account.data.id, minId: null };
  return { path: `/api/v1/accounts/${account.data.id}/statuses`, cursor };
}

function pageUrl(base: string, path: string, minId: string | null): string {
  const url = new URL(path, base);
  url.searchParams.set('limit', String(PAGE_LIMIT));
  if (minId) url.searchParams.set('min_id', minId);
  return url.href;
}

/**
 * One REST poll. First run: the newest page only (no history crawl). Afterwards: `min_id` paging from the
 * newest id seen, following the `Link rel="prev"` URL (newer results) while it stays on the instance, up to
 * MAX_PAGES, and stopping early when X-RateLimit-Remaining runs out (next poll waits for the reset).
 */
export async function pollMastodon(ctx: PollContext): Promise<PollResult> {
  const base = ctx.config.url;
  if (!base || !ctx.config.query) throw new SourceError('mastodon source needs url and query');
  const origin = new URL(base).origin;
  const { path, cursor: start } = await restPath(ctx, timelineFor(ctx.config.query), base);
  const startMin = typeof start.minId === 'string' ? start.minId : null;
  let newest = startMin;
  let url = pageUrl(base, path, startMin);
  const posts: PostInputRaw[] = [];
  const skipped: SkippedEntry[] = [];
  let notBefore: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { json, headers } = await getJson({ ...ctx, cursor: start }, url);
    const parsed: ParsedStatuses = parseStatuses(json, ctx.config, ctx.clock.now());
    posts.push(...parsed.posts);
    skipped.push(...parsed.skipped);
    const pageNewest = maxId(parsed.ids);
    newest = maxId(parsed.ids, newest);
    const limit = rateLimit(headers);
    if (limit.remaining !== null && limit.remaining <= 1 && limit.resetAt !== null) {
      notBefore = limit.resetAt;
      break;
    }
    if (startMin === null || pageNewest === null || parsed.ids.length < PAGE_LIMIT) break;
    const prev = parseLinkHeader(headers.get('link')).prev;
    const prevUrl = prev ? new URL(prev, base) : null;
    url = prevUrl && prevUrl.origin === origin ? prevUrl.href : pageUrl(base, path, pageNewest);
  }
  return { posts, skipped, cursor: { ...start, minId: newest }, notBefore, lagSec: 0 };
}
