import type { SourceConfig } from '../../../shared/source';
import { failOnStatus } from './http';
import { authHeaders, pollMastodon, timelineFor } from './mastodon';
import { maxId, parseStatuses } from './mastodon-status';
import { readSse } from './sse';
import { SourceError } from './types';
import type { Cursor, SourceAdapter, StreamContext } from './types';

export interface MastodonOptions {
  /** Mastodon sends a `:thump` comment every ~15 s; no bytes for this long means the stream is dead. */
  idleTimeoutMs?: number;
}

async function streamMastodon(ctx: StreamContext, streamPath: string, idleTimeoutMs: number): Promise<void> {
  const base = ctx.config.url ?? '';
  // Catch up over REST first so nothing posted while disconnected is lost, then follow the stream.
  const caught = await pollMastodon(ctx);
  await ctx.emit(caught);
  let cursor: Cursor = caught.cursor;
  const url = new URL(streamPath, base).href;
  const res = await ctx.fetch(url, {
    headers: { accept: 'text/event-stream', ...authHeaders(ctx.config) },
    signal: ctx.signal,
    timeoutMs: null,
    idleTimeoutMs,
    maxBytes: Number.POSITIVE_INFINITY,
  });
  await failOnStatus(res, url, ctx.clock.now());
  if (!res.body) throw new SourceError('streaming response had no body');
  ctx.onOpen();
  for await (const event of readSse(res.body)) {
    if (event.event !== 'update') continue; // delete, status.update, notification: not new posts
    let json: unknown;
    try {
      json = JSON.parse(event.data);
    } catch {
      await ctx.emit({ posts: [], skipped: [{ id: null, reason: 'stream update is not JSON' }], cursor });
      continue;
    }
    const parsed = parseStatuses([json], ctx.config, ctx.clock.now());
    const newest = maxId(parsed.ids, typeof cursor.minId === 'string' ? cursor.minId : null);
    cursor = { ...cursor, minId: newest };
    await ctx.emit({ posts: parsed.posts, skipped: parsed.skipped, cursor, lagSec: 0 });
  }
}

/**
 * Mastodon: polled REST timelines, or, when the source has an access token and the timeline has a
 * public stream (hashtag, public, local), the streaming API with a REST catch-up on every (re)connect.
 */
export function createMastodonAdapter(
  options: MastodonOptions = {},
): (config: SourceConfig) => SourceAdapter {
  const idleTimeoutMs = options.idleTimeoutMs ?? 90_000;
  return (config) => {
    const streamPath = timelineFor(config.query ?? '').stream;
    if (config.credentials?.accessToken && streamPath) {
      return {
        kind: 'mastodon',
        mode: 'stream',
        stream: (ctx) => streamMastodon(ctx, streamPath, idleTimeoutMs),
      };
    }
    return { kind: 'mastodon', mode: 'poll', poll: pollMastodon };
  };
}
