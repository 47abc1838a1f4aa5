import type { PostInputRaw } from '../../shared/post';
import { pollIntervalSec } from '../../shared/source';
import type { SourceConfig, SourceHealth } from '../../shared/source';
import type { FetchLike } from './safe-fetch';
import type { HealthTracker } from './health';
import {
  cursorKey,
  emptyRunState,
  jittered,
  retryDelay,
  SeenIds,
  SourceRunStateSchema,
} from './runner-policy';
import type { BackoffOptions, SourceRunState } from './runner-policy';
import { keywordMatcher } from './sources/keywords';
import { SourceError } from './sources/types';
import type {
  AdapterRegistry,
  BatchReport,
  Clock,
  Cursor,
  PollingAdapter,
  SourceAdapter,
  StreamContext,
  StreamingAdapter,
  Timers,
} from './sources/types';
import type { WsFactory } from './sources/ws';

export interface SourceRunnerDeps {
  fetch: FetchLike;
  wsFactory: WsFactory;
  /** Hand new posts to the pipeline. A rejection counts as a failed attempt; the batch is retried. */
  ingest: (sourceId: string, posts: PostInputRaw[]) => Promise<unknown>;
  /** The last state given to saveState, or null. Anything unreadable is treated as a fresh start. */
  loadState: (sourceId: string) => Promise<unknown>;
  saveState: (sourceId: string, state: SourceRunState) => Promise<void>;
  onHealth: (sourceId: string, health: SourceHealth) => void;
  clock: Clock;
  timers?: Timers;
  random?: () => number;
  adapters?: AdapterRegistry;
  /** Brand predicate for firehose sources; defaults to the source's `query` keywords. */
  matches?: (text: string, config: SourceConfig) => boolean;
  backoff?: Partial<BackoffOptions>;
  /** Upper bound for one poll (all its requests), default 2 minutes. */
  pollTimeoutMs?: number;
  /** Post ids remembered per source for de-duplication, default 5000. */
  seenCapacity?: number;
}

/** One source inside the runner. `gen` changes on every restart so stale async work can tell. */
export interface Entry {
  config: SourceConfig;
  adapter: SourceAdapter;
  gen: number;
  run: SourceRunState | null;
  seen: SeenIds;
  timer: unknown;
  abort: AbortController;
  task: Promise<void> | null;
  health: HealthTracker;
}

/** What the attempt functions need from the runner around them. */
export interface RunnerCore {
  deps: SourceRunnerDeps;
  timers: Timers;
  random: () => number;
  backoff: BackoffOptions;
  pollTimeoutMs: number;
  capacity: number;
  now(): number;
  isCurrent(e: Entry, gen: number): boolean;
  report(e: Entry): void;
  schedule(e: Entry, gen: number, delayMs: number): void;
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

async function ensureState(core: RunnerCore, e: Entry): Promise<SourceRunState> {
  if (e.run) return e.run;
  const key = cursorKey(e.config);
  const parsed = SourceRunStateSchema.safeParse((await core.deps.loadState(e.config.id)) ?? {});
  const loaded = parsed.success ? parsed.data : emptyRunState(key);
  e.seen = new SeenIds(loaded.seen, core.capacity);
  e.run = loaded.key === key ? loaded : { ...loaded, key, cursor: {} };
  return e.run;
}

/** De-duplicate, ingest, then remember ids and cursor. Nothing is marked seen unless ingest succeeded. */
async function deliver(core: RunnerCore, e: Entry, gen: number, batch: BatchReport & { cursor: Cursor }) {
  const fresh: PostInputRaw[] = [];
  const ids = new Set<string>();
  for (const post of batch.posts) {
    const id = String(post.id);
    if (e.seen.has(id) || ids.has(id)) continue;
    ids.add(id);
    fresh.push(post);
  }
  if (fresh.length > 0) await core.deps.ingest(e.config.id, fresh);
  e.seen.add(ids);
  e.health.counted(core.now(), fresh.length);
  if (!core.isCurrent(e, gen)) return;
  const run = e.run ?? emptyRunState(cursorKey(e.config));
  const cursorChanged = JSON.stringify(run.cursor) !== JSON.stringify(batch.cursor);
  e.run = { key: run.key, cursor: batch.cursor, seen: [] };
  if (fresh.length > 0 || cursorChanged) {
    await core.deps.saveState(e.config.id, { ...e.run, seen: e.seen.toArray() });
  }
}

/**
 * Settle when the work does, when the runner aborts (so stop() never waits on an adapter that ignores
 * its signal) or, with a deadline, when the deadline passes.
 */
function bounded<T>(
  core: RunnerCore,
  work: Promise<T>,
  abort: AbortController,
  deadlineMs: number | null,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: unknown = null;
    const settle = () => {
      if (timer !== null) core.timers.clearTimer(timer);
      abort.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      settle();
      reject(new SourceError('stopped'));
    };
    if (deadlineMs !== null) {
      timer = core.timers.setTimer(() => {
        reject(new SourceError(`poll took longer than ${deadlineMs} ms`));
        abort.abort();
      }, deadlineMs);
    }
    if (abort.signal.aborted) onAbort();
    abort.signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        settle();
        resolve(v);
      },
      (err: unknown) => {
        settle();
        reject(err);
      },
    );
  });
}

async function pollOnce(
  core: RunnerCore,
  e: Entry,
  adapter: PollingAdapter,
  gen: number,
  abort: AbortController,
) {
  const run = await ensureState(core, e);
  const { deps } = core;
  const ctx = {
    config: e.config,
    cursor: run.cursor,
    fetch: deps.fetch,
    signal: abort.signal,
    clock: deps.clock,
  };
  const result = await bounded(core, adapter.poll(ctx), abort, core.pollTimeoutMs);
  if (!core.isCurrent(e, gen)) return;
  await deliver(core, e, gen, result);
  e.health.success(core.now(), result);
  const interval = jittered(pollIntervalSec(e.config) * 1000, core.random);
  core.schedule(e, gen, Math.max(interval, (result.notBefore ?? 0) - core.now()));
  core.report(e);
}

async function streamOnce(
  core: RunnerCore,
  e: Entry,
  adapter: StreamingAdapter,
  gen: number,
  abort: AbortController,
) {
  const run = await ensureState(core, e);
  const { deps } = core;
  const config = e.config;
  const keywords = keywordMatcher(config.query);
  const predicate = deps.matches;
  let opened = false;
  const ctx: StreamContext = {
    config,
    cursor: run.cursor,
    fetch: deps.fetch,
    signal: abort.signal,
    clock: deps.clock,
    timers: core.timers,
    wsFactory: deps.wsFactory,
    matches: (text) => (predicate ? predicate(text, config) : keywords(text)),
    onOpen: () => {
      if (!core.isCurrent(e, gen)) return;
      opened = true;
      e.health.connected(core.now());
      e.health.scheduled(null);
      core.report(e);
    },
    emit: async (batch) => {
      if (!core.isCurrent(e, gen)) throw new SourceError('source stopped');
      await deliver(core, e, gen, batch);
      e.health.success(core.now(), batch);
      core.report(e);
    },
  };
  // onOpen reset the failure count, so a drop after a healthy connection retries at the first backoff step.
  await bounded(core, adapter.stream(ctx), abort, null);
  throw new SourceError(opened ? 'stream closed by the server' : 'stream ended before it opened');
}

/** One poll or one stream connection; every failure ends in a scheduled, backed-off retry. */
export async function attempt(
  core: RunnerCore,
  e: Entry,
  gen: number,
  abort: AbortController,
): Promise<void> {
  try {
    const adapter = e.adapter;
    if (adapter.mode === 'poll') await pollOnce(core, e, adapter, gen, abort);
    else await streamOnce(core, e, adapter, gen, abort);
  } catch (err) {
    if (!core.isCurrent(e, gen)) return;
    e.health.failure(core.now(), describe(err));
    const retryAfterMs = err instanceof SourceError ? err.details.retryAfterMs : undefined;
    core.schedule(e, gen, retryDelay(e.health.consecutiveFailures, retryAfterMs, core.backoff, core.random));
    core.report(e);
  }
}
