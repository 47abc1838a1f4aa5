import type { SourceConfig, SourceHealth } from '../../shared/source';
import { attempt } from './runner-attempt';
import type { Entry, RunnerCore, SourceRunnerDeps } from './runner-attempt';
import { HealthTracker } from './health';
import { cursorKey, DEFAULT_BACKOFF, SeenIds } from './runner-policy';
import { defaultAdapters } from './sources/index';
import { realTimers } from './sources/types';

export type { SourceRunnerDeps } from './runner-attempt';
export type { BackoffOptions, SourceRunState } from './runner-policy';
export { SourceRunStateSchema } from './runner-policy';

export interface SourceRunner {
  /** Start a source, or apply a changed config to a running one (restarts it; disabled = paused). */
  upsert(config: SourceConfig): void;
  remove(sourceId: string): Promise<void>;
  /** Poll now instead of waiting for the timer; false when not applicable (stream, disabled, busy). */
  pollNow(sourceId: string): boolean;
  health(sourceId: string): SourceHealth | null;
  ids(): string[];
  /** Stop everything: timers cleared, requests and sockets aborted, in-flight work awaited. */
  stop(): Promise<void>;
}

/**
 * Runs many sources concurrently, each on its own timer or connection: a slow or broken source only ever
 * delays itself. Failures back off exponentially with jitter (or as long as Retry-After asks) and recover
 * on their own; every outcome is reported through onHealth.
 */
export function createSourceRunner(deps: SourceRunnerDeps): SourceRunner {
  const adapters = deps.adapters ?? defaultAdapters;
  const entries = new Map<string, Entry>();
  let stopped = false;

  const core: RunnerCore = {
    deps,
    timers: deps.timers ?? realTimers,
    random: deps.random ?? Math.random,
    backoff: { ...DEFAULT_BACKOFF, ...deps.backoff },
    pollTimeoutMs: deps.pollTimeoutMs ?? 120_000,
    capacity: deps.seenCapacity ?? 5_000,
    now: () => deps.clock.now(),
    isCurrent: (e, gen) => !stopped && e.gen === gen && entries.get(e.config.id) === e,
    report(e) {
      if (stopped || entries.get(e.config.id) !== e) return;
      try {
        deps.onHealth(e.config.id, e.health.snapshot(core.now()));
      } catch {
        // A failing health sink (e.g. the database is down) must not stop the source itself.
      }
    },
    schedule(e, gen, delayMs) {
      if (!core.isCurrent(e, gen)) return;
      if (e.timer !== null) core.timers.clearTimer(e.timer);
      e.health.scheduled(core.now() + delayMs);
      e.timer = core.timers.setTimer(() => {
        e.timer = null;
        launch(e);
      }, delayMs);
    },
  };

  function halt(e: Entry): void {
    e.gen++;
    e.abort.abort();
    if (e.timer !== null) core.timers.clearTimer(e.timer);
    e.timer = null;
  }

  /** Start an attempt once the previous one (already aborted, if any) has settled. */
  function launch(e: Entry): void {
    const gen = e.gen;
    const previous = e.task ?? Promise.resolve();
    const abort = new AbortController();
    e.abort = abort;
    const task = previous.then(() => (core.isCurrent(e, gen) ? attempt(core, e, gen, abort) : undefined));
    e.task = task;
    void task.finally(() => {
      if (e.task === task) e.task = null;
    });
  }

  function create(config: SourceConfig): Entry {
    return {
      config,
      adapter: adapters[config.kind](config),
      gen: 0,
      run: null,
      seen: new SeenIds([], core.capacity),
      timer: null,
      abort: new AbortController(),
      task: null,
      health: new HealthTracker(),
    };
  }

  return {
    upsert(config) {
      if (stopped) throw new Error('source runner is stopped');
      let e = entries.get(config.id);
      // Re-applying the same config (e.g. on every config reload) must not restart a stream or reset backoff.
      if (e && JSON.stringify(e.config) === JSON.stringify(config)) return;
      if (e) {
        halt(e);
        // A different feed makes the saved cursor (ETag, since id, time_us) meaningless; seen ids stay.
        if (cursorKey(e.config) !== cursorKey(config) && e.run)
          e.run = { ...e.run, key: cursorKey(config), cursor: {} };
        e.config = config;
        e.adapter = adapters[config.kind](config);
      } else {
        e = create(config);
        entries.set(config.id, e);
      }
      if (config.enabled) return launch(e);
      e.health.pause();
      core.report(e);
    },
    async remove(sourceId) {
      const e = entries.get(sourceId);
      if (!e) return;
      entries.delete(sourceId);
      halt(e);
      await e.task?.catch(() => undefined);
    },
    pollNow(sourceId) {
      const e = entries.get(sourceId);
      // Busy = an attempt is running and has not yet scheduled its successor.
      if (!e?.config.enabled || e.adapter.mode !== 'poll' || (e.task && e.timer === null)) return false;
      if (e.timer !== null) core.timers.clearTimer(e.timer);
      e.timer = null;
      launch(e);
      return true;
    },
    health: (sourceId) => entries.get(sourceId)?.health.snapshot(core.now()) ?? null,
    ids: () => [...entries.keys()],
    async stop() {
      stopped = true;
      for (const e of entries.values()) halt(e);
      await Promise.allSettled([...entries.values()].map((e) => e.task));
      entries.clear();
    },
  };
}
