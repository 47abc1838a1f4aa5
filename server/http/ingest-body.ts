import { ApiError } from './errors';
import { MAX_JSON_DEPTH, assertJsonDepth, jsonDepthExceeds } from './json-depth';

export const MAX_POSTS_PER_REQUEST = 10_000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type ParsedBatch = { items: unknown[]; lines?: number[] };

/**
 * Accepts a JSON array, `{ "posts": [...] }`, or NDJSON. An NDJSON line that is not JSON becomes a
 * rejected item (reported with its line), so the valid lines of the same request are still stored.
 */
export function parseIngestBody(
  contentType: string,
  body: string,
): ParsedBatch & { badLines: { index: number; line: number; reason: string }[] } {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-ndjson' || type === 'application/ndjson' || type === 'application/jsonl') {
    return parseNdjson(body);
  }
  if (type !== 'application/json' && type !== '') {
    throw new ApiError(
      'unsupported_media_type',
      `Content-Type ${type} is not accepted; use application/json or application/x-ndjson`,
    );
  }
  assertJsonDepth(body);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    throw new ApiError('bad_request', `body is not valid JSON: ${(err as Error).message}`, { where: 'body' });
  }
  const items = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { posts?: unknown }).posts)
      ? (data as { posts: unknown[] }).posts
      : isSinglePost(data)
        ? [data]
        : null;
  if (!items) {
    throw new ApiError(
      'bad_request',
      'body must be a post, a JSON array of posts or an object { "posts": [...] }',
      {
        where: 'body',
      },
    );
  }
  checkCount(items.length);
  return { items, badLines: [] };
}

function parseNdjson(body: string) {
  const items: unknown[] = [];
  const lines: number[] = [];
  const badLines: { index: number; line: number; reason: string }[] = [];
  const raw = body.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i]?.trim() ?? '';
    if (!text) continue;
    const index = items.length;
    lines.push(i + 1);
    if (jsonDepthExceeds(text)) {
      items.push(undefined);
      badLines.push({ index, line: i + 1, reason: `nests deeper than ${MAX_JSON_DEPTH} levels` });
      continue;
    }
    try {
      items.push(JSON.parse(text));
    } catch (err) {
      items.push(undefined);
      badLines.push({ index, line: i + 1, reason: `not valid JSON: ${(err as Error).message}` });
    }
  }
  checkCount(items.length);
  return { items, lines, badLines };
}

/** A lone post object is accepted too: it has the fields a post has and no `posts` array. */
const isSinglePost = (data: unknown): boolean =>
  data !== null && typeof data === 'object' && !Array.isArray(data) && 'text' in data && !('posts' in data);

function checkCount(n: number): void {
  if (n > MAX_POSTS_PER_REQUEST) {
    throw new ApiError(
      'payload_too_large',
      `a request may carry at most ${MAX_POSTS_PER_REQUEST} posts (got ${n}); split it`,
      { limit: MAX_POSTS_PER_REQUEST, received: n },
    );
  }
}
