import type { RawData } from 'ws';
import type { PostInputRaw } from '../../../shared/post';
import type { SourceConfig } from '../../../shared/source';
import { eventToPost, JetstreamEventSchema, POST_COLLECTION } from './jetstream-event';
import { checkPost } from './normalise';
import { SourceError } from './types';
import type { SkippedEntry, StreamContext, StreamingAdapter } from './types';

export interface JetstreamOptions {
  /** Hand matching posts (and the cursor) over at least this often while events flow. */
  flushIntervalMs?: number;
  maxBatch?: number;
  /** Jetstream docs: resume a few seconds before the saved cursor for gapless playback. */
  rewindUs?: number;
}

/** The subscribe URL for a (re)connect: only post commits, resuming from the saved cursor if any. */
export function subscribeUrl(base: string, timeUs: number | null, rewindUs: number): string {
  const url = new URL(base);
  if (!url.searchParams.getAll('wantedCollections').includes(POST_COLLECTION)) {
    url.searchParams.append('wantedCollections', POST_COLLECTION);
  }
  if (timeUs !== null) url.searchParams.set('cursor', String(Math.max(0, timeUs - rewindUs)));
  return url.href;
}

function streamJetstream(ctx: StreamContext, o: Required<JetstreamOptions>): Promise<void> {
  const saved = typeof ctx.cursor.timeUs === 'number' ? ctx.cursor.timeUs : null;
  const ws = ctx.wsFactory(subscribeUrl(ctx.config.url ?? '', saved, o.rewindUs));
  let lastTimeUs = saved;
  let flushedTimeUs = saved;
  let posts: PostInputRaw[] = [];
  let skipped: SkippedEntry[] = [];
  let lastFlushAt = ctx.clock.now();
  let timer: unknown = null;
  let chain: Promise<void> = Promise.resolve();
  let failure: Error | null = null;
  let inFlight = 0;

  const flush = (): Promise<void> => {
    if (timer !== null) ctx.timers.clearTimer(timer);
    timer = null;
    lastFlushAt = ctx.clock.now();
    if (posts.length === 0 && skipped.length === 0 && lastTimeUs === flushedTimeUs) return chain;
    const batch = { posts, skipped, cursor: { timeUs: lastTimeUs } };
    const lagSec = lastTimeUs === null ? null : Math.max(0, ctx.clock.now() / 1000 - lastTimeUs / 1e6);
    posts = [];
    skipped = [];
    flushedTimeUs = lastTimeUs;
    // Batches go out one at a time and in order; onMessage pauses the socket if posts pile up meanwhile.
    inFlight++;
    chain = chain.then(() => (failure ? undefined : ctx.emit({ ...batch, lagSec })));
    chain.then(
      () => {
        inFlight--;
        ws.resume();
        if (posts.length >= o.maxBatch) void flush();
      },
      (err: unknown) => {
        inFlight--;
        failure = err instanceof Error ? err : new Error(String(err));
        ws.terminate();
      },
    );
    return chain;
  };

  const onMessage = (data: RawData) => {
    let event: unknown;
    try {
      event = JSON.parse(data.toString());
    } catch {
      skipped.push({ id: null, reason: 'message is not JSON' });
      return;
    }
    const parsed = JetstreamEventSchema.safeParse(event);
    if (!parsed.success) {
      skipped.push({ id: null, reason: 'message is not a Jetstream event' });
      return;
    }
    lastTimeUs = Math.max(lastTimeUs ?? 0, parsed.data.time_us);
    const result = eventToPost(parsed.data, ctx.config);
    if (result.post && ctx.matches(result.text)) {
      const checked = checkPost(result.post);
      if ('post' in checked) posts.push(checked.post);
      else skipped.push(checked.skipped);
    } else if (!result.post && result.reason) {
      skipped.push({ id: null, reason: result.reason });
    }
    if (inFlight > 0 && posts.length >= o.maxBatch * 5) ws.pause();
    else if (posts.length >= o.maxBatch || ctx.clock.now() - lastFlushAt >= o.flushIntervalMs) void flush();
    else if (timer === null) timer = ctx.timers.setTimer(() => void flush(), o.flushIntervalMs);
  };

  const onMessageSafe = (data: RawData) => {
    try {
      onMessage(data);
    } catch (err) {
      // e.g. the injected brand predicate threw: fail the connection, not the process.
      failure = err instanceof Error ? err : new Error(String(err));
      ws.terminate();
    }
  };

  return new Promise<void>((resolve, reject) => {
    let socketError: Error | null = null;
    const onAbort = () => ws.terminate();
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    ws.on('open', () => ctx.onOpen());
    ws.on('message', onMessageSafe);
    ws.on('error', (err) => {
      socketError = err;
    });
    ws.on('close', (code) => {
      ctx.signal.removeEventListener('abort', onAbort);
      if (timer !== null) ctx.timers.clearTimer(timer);
      // Keep what arrived before a drop (and its cursor) unless we are shutting down or ingest failed.
      const drained = ctx.signal.aborted || failure ? chain : flush();
      drained.then(
        () => {
          if (failure) return reject(failure);
          if (socketError) return reject(new SourceError(`jetstream: ${socketError.message}`));
          if (code === 1000 || ctx.signal.aborted) return resolve();
          reject(new SourceError(`jetstream connection closed (code ${code})`));
        },
        (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
      );
    });
  });
}

/** Bluesky Jetstream firehose: post commits that pass the brand predicate, resumable by time_us cursor. */
export function createJetstreamAdapter(
  options: JetstreamOptions = {},
): (config: SourceConfig) => StreamingAdapter {
  const o: Required<JetstreamOptions> = {
    flushIntervalMs: options.flushIntervalMs ?? 2_000,
    maxBatch: options.maxBatch ?? 200,
    rewindUs: options.rewindUs ?? 2_000_000,
  };
  return () => ({ kind: 'jetstream', mode: 'stream', stream: (ctx) => streamJetstream(ctx, o) });
}
