import type { PostInputRaw } from '../../shared/post';
import type { SourceHealth } from '../../shared/source';
import { createSourceRunner } from '../../server/feeds/runner';
import type { SourceRunner, SourceRunnerDeps, SourceRunState } from '../../server/feeds/runner';
import { createAdapterRegistry } from '../../server/feeds/sources/index';
import { createSafeWsFactory } from '../../server/feeds/sources/ws';
import { ManualClock } from './feed-clock';
import { NOW, testFetch } from './feed-context';
import { EventLog } from './feed-events';

export interface RunnerHarness {
  runner: SourceRunner;
  clock: ManualClock;
  ingested: EventLog<{ sourceId: string; posts: PostInputRaw[] }>;
  health: EventLog<{ sourceId: string; health: SourceHealth }>;
  states: Map<string, SourceRunState>;
  /** Make the next n ingest calls fail. */
  failIngest(n: number): void;
  /** Ids ingested for a source, in order, duplicates included (so tests can see any). */
  idsOf(sourceId: string): string[];
  /** Next health report for a source after the current point that satisfies pred. */
  nextHealth(sourceId: string, pred?: (h: SourceHealth) => boolean): Promise<SourceHealth>;
}

/** A runner on a manual clock (random fixed at 0.5, so jitter is exactly neutral) with in-memory state. */
export function runnerHarness(
  overrides: Partial<SourceRunnerDeps> = {},
  states = new Map<string, SourceRunState>(),
): RunnerHarness {
  const clock = new ManualClock(NOW);
  const ingested = new EventLog<{ sourceId: string; posts: PostInputRaw[] }>();
  const health = new EventLog<{ sourceId: string; health: SourceHealth }>();
  let failures = 0;
  const runner = createSourceRunner({
    fetch: testFetch({ timeoutMs: 500 }),
    wsFactory: createSafeWsFactory({ policy: { allowPrivate: false, allowLoopback: true } }),
    ingest: async (sourceId, posts) => {
      if (failures > 0) {
        failures--;
        throw new Error('database is locked');
      }
      ingested.push({ sourceId, posts });
      return { accepted: posts.length };
    },
    loadState: async (id) => states.get(id) ?? null,
    saveState: async (id, state) => {
      states.set(id, structuredClone(state));
    },
    onHealth: (sourceId, h) => health.push({ sourceId, health: h }),
    clock,
    timers: clock,
    random: () => 0.5,
    adapters: createAdapterRegistry({ jetstream: { flushIntervalMs: 1_000 } }),
    ...overrides,
  });
  const marks = new Map<string, number>();
  return {
    runner,
    clock,
    ingested,
    health,
    states,
    failIngest: (n) => {
      failures = n;
    },
    idsOf: (sourceId) =>
      ingested.items.filter((i) => i.sourceId === sourceId).flatMap((i) => i.posts.map((p) => String(p.id))),
    async nextHealth(sourceId, pred = () => true) {
      const from = marks.get(sourceId) ?? 0;
      const found = await health.waitFor((e) => e.sourceId === sourceId && pred(e.health), from);
      marks.set(sourceId, health.items.indexOf(found, from) + 1);
      return found.health;
    },
  };
}
