import { z } from 'zod';
import { CursorSchema } from './sources/types';
import type { Cursor } from './sources/types';

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Upper bound for an upstream Retry-After, so a hostile header cannot park a source for days. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  baseMs: 2_000,
  maxMs: 15 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
};

/** Exponential backoff with "equal jitter": half fixed, half random, so retries spread out but grow. */
export function backoffDelay(failures: number, o: BackoffOptions, random: () => number): number {
  const exp = Math.min(o.maxMs, o.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}

/** Delay after a failure: the upstream's Retry-After when it gave one, otherwise backoff. */
export function retryDelay(
  failures: number,
  retryAfterMs: number | undefined,
  o: BackoffOptions,
  random: () => number,
): number {
  if (retryAfterMs !== undefined && retryAfterMs > 0)
    return Math.min(o.maxRetryAfterMs, Math.max(1_000, retryAfterMs));
  return backoffDelay(failures, o, random);
}

/** Regular poll interval with ±10 % jitter so many sources do not fire in lockstep. */
export const jittered = (ms: number, random: () => number): number => Math.round(ms * (0.9 + 0.2 * random()));

/** What the runner persists per source through loadState/saveState. */
export const SourceRunStateSchema = z.object({
  /** kind + url + query the cursor belongs to; a cursor saved for another feed is discarded. */
  key: z.string().default(''),
  cursor: CursorSchema.default({}),
  /** Ids recently handed to ingest, newest last: posts arrive once even when a feed repeats them. */
  seen: z.array(z.string()).default([]),
});
export type SourceRunState = z.infer<typeof SourceRunStateSchema>;

export const emptyRunState = (key: string): SourceRunState => ({ key, cursor: {} as Cursor, seen: [] });

export const cursorKey = (c: { kind: string; url: string | null; query: string | null }): string =>
  JSON.stringify([c.kind, c.url, c.query]);

/** Bounded insertion-ordered id set (oldest evicted first). */
export class SeenIds {
  private readonly ids: Set<string>;
  constructor(
    initial: readonly string[],
    private readonly capacity: number,
  ) {
    this.ids = new Set(initial.slice(-capacity));
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(ids: Iterable<string>): void {
    for (const id of ids) {
      this.ids.delete(id);
      this.ids.add(id);
    }
    for (const id of this.ids) {
      if (this.ids.size <= this.capacity) break;
      this.ids.delete(id);
    }
  }

  toArray(): string[] {
    return [...this.ids];
  }
}
