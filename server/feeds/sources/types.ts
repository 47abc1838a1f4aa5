import { z } from 'zod';
import type { PostInputRaw } from '../../../shared/post';
import type { SourceConfig, SourceKind, StatusIndicator } from '../../../shared/source';
import type { FetchLike } from '../safe-fetch';
import type { WsFactory } from './ws';

export type { FetchLike } from '../safe-fetch';

/** Adapter-owned resume data (ETags, since ids, a Jetstream time_us cursor). JSON, persisted by the caller. */
export const CursorSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type Cursor = z.infer<typeof CursorSchema>;

export interface Clock {
  now(): number;
}

/** Injectable scheduling so tests advance time instead of sleeping. */
export interface Timers {
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SourceStatus {
  indicator: StatusIndicator;
  description: string | null;
}

export interface BatchReport {
  posts: PostInputRaw[];
  /** Entries that were present upstream but could not be turned into a valid post. */
  skipped?: SkippedEntry[];
  status?: SourceStatus;
  /** Seconds between now and the newest moment the source is caught up to, when known. */
  lagSec?: number | null;
}

export interface SkippedEntry {
  id: string | null;
  reason: string;
}

export interface PollResult extends BatchReport {
  cursor: Cursor;
  /** Earliest time (epoch ms) the next request may go out, e.g. when a rate limit resets. */
  notBefore?: number;
}

interface CommonContext {
  config: SourceConfig;
  /** The cursor from the last batch that was ingested (empty on first run). */
  cursor: Cursor;
  fetch: FetchLike;
  signal: AbortSignal;
  clock: Clock;
}

export type PollContext = CommonContext;

export interface StreamContext extends CommonContext {
  timers: Timers;
  wsFactory: WsFactory;
  /** The brand predicate for firehose sources (Jetstream): keep only posts it accepts. */
  matches(text: string): boolean;
  /** The connection is established and data flows: the runner reports the source healthy. */
  onOpen(): void;
  /** Hand over a batch; resolves once it was ingested and the cursor saved, rejects if ingest failed. */
  emit(batch: BatchReport & { cursor: Cursor }): Promise<void>;
}

export interface PollingAdapter {
  readonly kind: SourceKind;
  readonly mode: 'poll';
  poll(ctx: PollContext): Promise<PollResult>;
}

/** `stream` resolves when the server ends the stream and rejects on errors; the runner reconnects. */
export interface StreamingAdapter {
  readonly kind: SourceKind;
  readonly mode: 'stream';
  stream(ctx: StreamContext): Promise<void>;
}

export type SourceAdapter = PollingAdapter | StreamingAdapter;

/** Picks the adapter for a config (Mastodon streams only when it has a token, for example). */
export type AdapterFactory = (config: SourceConfig) => SourceAdapter;
export type AdapterRegistry = Record<SourceKind, AdapterFactory>;

/** An upstream failure with what the runner needs to schedule the retry. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly details: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
