import type { StatusPageSummary } from '../../shared/overview';
import type { ExportedSource, SourceConfig, SourceState, SourceView } from '../../shared/source';
import type { Clock } from '../clock';
import type { Store } from '../store/types';
import type { Pipeline } from '../ingest/pipeline';
import { createSourceRunner } from './runner';
import type { SourceRunnerDeps } from './runner';
import { createSafeFetch } from './safe-fetch';
import type { NetworkPolicy } from './safe-fetch-policy';
import { createHealthWriter } from './health-writer';
import { statusPagesByBrand, toExported, toSourceView } from './source-views';
import { defaultAdapters, keywordMatcher, realTimers } from './sources/index';
import { createSafeWsFactory } from './sources/ws';

export type SourceServiceDeps = {
  store: Store;
  pipeline: Pipeline;
  clock: Clock;
  policy: NetworkPolicy;
  log?: (line: string) => void;
  /** Runner options for tests (backoff, adapters, timers). */
  runner?: Partial<SourceRunnerDeps>;
  /** Least time between two health writes of one source, default 5 s. */
  healthIntervalMs?: number;
};

/** Why "poll now" did or did not start a poll. */
export type PollOutcome = 'started' | 'not_found' | 'paused' | 'streaming' | 'busy' | 'standby';

export type SourceService = ReturnType<typeof createSourceService>;

/**
 * The sources of this instance: configs in the store, one runner polling them, live changes from the
 * API applied at once. The runner's posts go through the same pipeline as pushed posts.
 */
export function createSourceService(deps: SourceServiceDeps) {
  const { store, pipeline, clock, log } = deps;
  const running = new Map<string, SourceConfig>();
  const adapters = deps.runner?.adapters ?? defaultAdapters;
  const timers = deps.runner?.timers ?? realTimers;
  const states = new Map<string, SourceState>();
  const writer = createHealthWriter({
    save: (id, health, at) => store.saveSourceHealth(id, health, at),
    clock,
    timers,
    ...(deps.healthIntervalMs === undefined ? {} : { intervalMs: deps.healthIntervalMs }),
    onError: (err) => log?.(`source health not saved: ${(err as Error).message}`),
  });
  const queries = new Map<string, (text: string) => boolean>();
  const byQuery = (query: string | null) => {
    const key = query ?? '';
    const known = queries.get(key);
    if (known) return known;
    const m = keywordMatcher(query);
    queries.set(key, m);
    return m;
  };

  // Recreated on stop: a stopped runner refuses new sources, and a standby instance may lead again later.
  const makeRunner = () =>
    createSourceRunner({
      fetch: createSafeFetch({ policy: deps.policy }),
      wsFactory: createSafeWsFactory({ policy: deps.policy }),
      async ingest(sourceId, posts) {
        const config = running.get(sourceId);
        // A status page is the brand speaking: its updates count as official whoever the author is.
        const official = config?.kind === 'statuspage' && config.brand ? { officialFor: config.brand } : {};
        const result = await pipeline.ingest(posts, official);
        const first = result.rejected[0];
        // e.g. the source's brand was deleted: fail (and retry later) rather than drop posts unseen.
        if (first && result.accepted + result.duplicates === 0)
          throw new Error(`every post was rejected, e.g. ${first.reason}`);
        return result;
      },
      loadState: (id) => store.sourceState(id),
      saveState: (id, state) => store.saveSourceState(id, state),
      onHealth(id, health) {
        const before = states.get(id);
        states.set(id, health.state);
        if (health.state === 'failing' && before !== 'failing')
          log?.(`source ${id} is failing: ${health.lastError ?? 'unknown error'}`);
        if (before === 'failing' && health.state === 'ok') log?.(`source ${id} recovered`);
        writer.report(id, health);
      },
      clock,
      matches(text, config) {
        const m = pipeline.matcher().match({ text, author: '' });
        return ('brands' in m && m.brands.length > 0) || byQuery(config.query)(text);
      },
      ...deps.runner,
    });
  let runner = makeRunner();
  // Only the leader runs sources; a standby still stores API changes, which the leader picks up on sync.
  let active = false;

  const run = (config: SourceConfig): void => {
    running.set(config.id, config);
    runner.upsert(config);
  };
  const view = async (id: string): Promise<SourceView | null> => {
    const record = await store.getSource(id);
    return record ? toSourceView(record, runner.health(id)) : null;
  };
  const list = async (): Promise<SourceView[]> =>
    (await store.listSources()).map((r) => toSourceView(r, runner.health(r.config.id)));

  /** Bring the running sources in line with the store (changes made through other instances). */
  const sync = async (): Promise<void> => {
    if (!active) return;
    // Only sources running before the read may be stopped: one created meanwhile is not in the list yet.
    const before = [...running.keys()];
    const records = await store.listSources();
    if (!active) return;
    const ids = new Set(records.map((r) => r.config.id));
    for (const record of records) run(record.config);
    for (const id of before) {
      if (ids.has(id) || !running.has(id)) continue;
      running.delete(id);
      states.delete(id);
      await runner.remove(id);
      writer.forget(id);
    }
  };

  return {
    policy: deps.policy,
    /** Run every stored source (disabled ones are registered as paused). */
    async start(): Promise<void> {
      active = true;
      await sync();
    },
    sync,
    /**
     * Create or update the sources of the config file. A file entry without credentials keeps the stored
     * ones, so an exported file (which has none) can be applied again without losing tokens.
     */
    async applyConfig(sources: readonly SourceConfig[]): Promise<void> {
      const brands = new Set((await store.listBrands()).map((b) => b.id));
      for (const s of sources) {
        if (s.brand && !brands.has(s.brand))
          throw new Error(`source "${s.id}" names brand "${s.brand}", which does not exist`);
      }
      for (const s of sources) {
        const stored = await store.getSource(s.id);
        if (!stored) {
          await store.createSource(s, clock.now());
          continue;
        }
        const next = s.credentials === null ? { ...s, credentials: stored.config.credentials } : s;
        if (JSON.stringify(next) !== JSON.stringify(stored.config))
          await store.replaceSource(next, clock.now());
      }
    },
    list,
    get: view,
    /** The stored config, credentials included: for merging a patch, never for a response. */
    config: async (id: string): Promise<SourceConfig | null> => (await store.getSource(id))?.config ?? null,
    /** Store and start a new source; throws StoreConflictError when the id is taken. */
    async create(config: SourceConfig): Promise<SourceView> {
      const record = await store.createSource(config, clock.now());
      if (active) run(config);
      return toSourceView(record, runner.health(config.id));
    },
    /** Store and apply a changed config (restarts the source; disabled = paused). */
    async replace(config: SourceConfig): Promise<SourceView | null> {
      const record = await store.replaceSource(config, clock.now());
      if (!record) return null;
      if (active) run(config);
      return toSourceView(record, runner.health(config.id));
    },
    async remove(id: string): Promise<boolean> {
      running.delete(id);
      states.delete(id);
      await runner.remove(id);
      writer.forget(id);
      return store.deleteSource(id);
    },
    pollNow(id: string): PollOutcome {
      if (!active) return 'standby';
      const config = running.get(id);
      if (!config) return 'not_found';
      if (!config.enabled) return 'paused';
      if (adapters[config.kind](config).mode === 'stream') return 'streaming';
      return runner.pollNow(id) ? 'started' : 'busy';
    },
    /** The sources as an OUTCRY_CONFIG file, without credentials. */
    async exportConfig(): Promise<{ sources: ExportedSource[] }> {
      return { sources: (await store.listSources()).map((r) => toExported(r.config)) };
    },
    async statusPages(): Promise<Map<string, StatusPageSummary>> {
      return statusPagesByBrand(await list());
    },
    /** Stop polling and streaming, then write the last health of every source. */
    async stop(): Promise<void> {
      active = false;
      const old = runner;
      runner = makeRunner();
      running.clear();
      await old.stop();
      await writer.flush();
    },
  };
}
