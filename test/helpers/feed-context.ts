import { SourceConfigSchema } from '../../shared/source';
import type { SourceConfig, SourceConfigInput } from '../../shared/source';
import { createSafeFetch } from '../../server/feeds/safe-fetch';
import type { FetchLike } from '../../server/feeds/safe-fetch';
import { createSafeWsFactory } from '../../server/feeds/sources/ws';
import type { Cursor, PollContext, StreamContext } from '../../server/feeds/sources/types';
import { ManualClock } from './feed-clock';
import { EventLog } from './feed-events';

export const NOW = Date.parse('2026-03-02T10:00:00Z');

/** The fetch every adapter test uses: the real guarded client, allowed to reach 127.0.0.1 only. */
export const testFetch = (opts: { timeoutMs?: number; maxBytes?: number } = {}): FetchLike =>
  createSafeFetch({ policy: { allowPrivate: false, allowLoopback: true }, timeoutMs: 2_000, ...opts });

export const source = (input: Partial<SourceConfigInput> & Pick<SourceConfigInput, 'kind'>): SourceConfig =>
  SourceConfigSchema.parse({ id: `test-${input.kind}`, ...input });

export function pollContext(
  config: SourceConfig,
  cursor: Cursor = {},
  fetch: FetchLike = testFetch(),
): PollContext {
  return { config, cursor, fetch, signal: new AbortController().signal, clock: { now: () => NOW } };
}

export interface StreamHarness {
  ctx: StreamContext;
  batches: EventLog<Parameters<StreamContext['emit']>[0]>;
  opens: () => number;
  abort: AbortController;
}

/** A StreamContext whose emits land in a log; `failEmit` makes ingest fail (to test that path). */
export function streamContext(
  config: SourceConfig,
  opts: {
    cursor?: Cursor;
    fetch?: FetchLike;
    clock?: ManualClock;
    matches?: (t: string) => boolean;
    failEmit?: () => boolean;
  } = {},
): StreamHarness {
  const batches = new EventLog<Parameters<StreamContext['emit']>[0]>();
  const abort = new AbortController();
  const clock = opts.clock ?? new ManualClock(NOW);
  let opened = 0;
  const ctx: StreamContext = {
    config,
    cursor: opts.cursor ?? {},
    fetch: opts.fetch ?? testFetch(),
    signal: abort.signal,
    clock,
    timers: clock,
    wsFactory: createSafeWsFactory({ policy: { allowPrivate: false, allowLoopback: true } }),
    matches: opts.matches ?? (() => true),
    onOpen: () => {
      opened++;
    },
    emit: async (batch) => {
      if (opts.failEmit?.()) throw new Error('ingest is down');
      batches.push(batch);
    },
  };
  return { ctx, batches, opens: () => opened, abort };
}
