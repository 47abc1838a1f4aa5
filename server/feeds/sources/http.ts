import { parseFeedDate } from './feed-dates';
import { SourceError } from './types';
import type { Cursor, PollContext } from './types';

/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = parseFeedDate(trimmed);
  return at === null ? null : Math.max(0, at - now);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Turn a non-2xx response into a SourceError carrying what the runner needs for the retry. */
export async function failOnStatus(res: Response, url: string, now: number): Promise<void> {
  if (res.ok || res.status === 304) return;
  await res.body?.cancel().catch(() => undefined);
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now) ?? undefined;
  const what = res.status === 429 ? 'rate limited' : `HTTP ${res.status}`;
  throw new SourceError(`${what} from ${hostOf(url)}`, { status: res.status, retryAfterMs });
}

export type Fetched =
  | { notModified: true; cursor: Cursor }
  | { notModified: false; cursor: Cursor; body: Uint8Array; headers: Headers };

/**
 * GET with If-None-Match / If-Modified-Since from the cursor (keys `<key>.etag`, `<key>.modified`), so an
 * unchanged feed costs a 304 and no parsing. The returned cursor carries the new validators.
 */
export async function conditionalGet(
  ctx: PollContext,
  url: string,
  key: string,
  accept: string,
  extraHeaders: Record<string, string> = {},
): Promise<Fetched> {
  const etag = ctx.cursor[`${key}.etag`];
  const modified = ctx.cursor[`${key}.modified`];
  const headers: Record<string, string> = { accept, ...extraHeaders };
  if (typeof etag === 'string') headers['if-none-match'] = etag;
  if (typeof modified === 'string') headers['if-modified-since'] = modified;
  const res = await ctx.fetch(url, { headers, signal: ctx.signal });
  await failOnStatus(res, url, ctx.clock.now());
  if (res.status === 304) return { notModified: true, cursor: ctx.cursor };
  const body = new Uint8Array(await res.arrayBuffer());
  const cursor: Cursor = {
    ...ctx.cursor,
    [`${key}.etag`]: res.headers.get('etag'),
    [`${key}.modified`]: res.headers.get('last-modified'),
  };
  return { notModified: false, cursor, body, headers: res.headers };
}

/** JSON is UTF-8 by definition (RFC 8259); a BOM is tolerated, invalid bytes become U+FFFD. */
export function parseJsonBody(body: Uint8Array, what: string): unknown {
  const text = new TextDecoder('utf-8').decode(body);
  try {
    return JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new SourceError(`${what} is not valid JSON (${reason.slice(0, 120)})`);
  }
}
