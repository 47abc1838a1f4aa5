import type { StatusPageSummary } from '../../shared/overview';
import {
  type ExportedSource,
  SOURCE_URL_PROTOCOLS,
  type SourceConfig,
  SourceConfigSchema,
  type SourceCreate,
  type SourcePatch,
  type SourceView,
} from '../../shared/source';
import { isRedactedFormOf } from '../../shared/redact';
import { BlockedAddressError, assertUrlAllowed, explainBlocked } from '../feeds/safe-fetch-policy';
import { deriveSourceId } from '../feeds/source-id';
import type { SourceService as FeedRuntime } from '../feeds/source-service';
import { StoreConflictError, type Store } from '../store/types';
import type { Changes } from './changes';
import { Conflict, NotFound, Unavailable, invalid } from './errors';

export type SourceService = ReturnType<typeof createSourceService>;

/**
 * Feed sources as the API sees them: checks what the schema cannot know (the brand exists, the network
 * policy allows the address), stores the change, and has the leading instance (this one or another)
 * apply it at once.
 */
export function createSourceService(deps: { store: Store; feeds: FeedRuntime; changes: Changes }) {
  const { store, feeds, changes } = deps;
  const missing = (id: string) => new NotFound(`no source with id "${id}"`);

  const check = async (config: SourceConfig): Promise<void> => {
    if (config.brand && !(await store.getBrand(config.brand)))
      throw invalid('json', 'brand', `no brand with id "${config.brand}"`);
    if (!config.url) return;
    try {
      assertUrlAllowed(new URL(config.url), feeds.policy, SOURCE_URL_PROTOCOLS[config.kind]);
    } catch (err) {
      if (!(err instanceof BlockedAddressError)) throw err;
      throw invalid('json', 'url', explainBlocked(err, feeds.policy, 'OUTCRY_SOURCES_ALLOW_PRIVATE'));
    }
  };

  return {
    list: (): Promise<SourceView[]> => feeds.list(),
    exportConfig: (): Promise<{ sources: ExportedSource[] }> => feeds.exportConfig(),
    statusPages: (): Promise<Map<string, StatusPageSummary>> => feeds.statusPages(),
    async get(id: string): Promise<SourceView> {
      const view = await feeds.get(id);
      if (!view) throw missing(id);
      return view;
    },
    async create(input: SourceCreate): Promise<SourceView> {
      const taken = new Set((await feeds.list()).map((s) => s.id));
      const config: SourceConfig = { ...input, id: input.id ?? deriveSourceId(input, (id) => taken.has(id)) };
      await check(config);
      let view: SourceView;
      try {
        view = await feeds.create(config);
      } catch (err) {
        if (err instanceof StoreConflictError) throw new Conflict(`a source with id "${config.id}" exists`);
        throw err;
      }
      await changes.announce('sources');
      return view;
    },
    async update(id: string, patch: SourcePatch): Promise<SourceView> {
      const stored = await feeds.config(id);
      if (!stored) throw missing(id);
      // A client that sends back the URL it was shown (password redacted) keeps the stored password.
      const keepUrl = patch.url != null && isRedactedFormOf(patch.url, stored.url);
      const parsed = SourceConfigSchema.safeParse({
        ...stored,
        ...patch,
        ...(keepUrl ? { url: stored.url } : {}),
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalid('json', issue?.path.map(String).join('.') || '(root)', issue?.message ?? 'invalid');
      }
      await check(parsed.data);
      const view = await feeds.replace(parsed.data);
      if (!view) throw missing(id);
      await changes.announce('sources');
      return view;
    },
    async remove(id: string): Promise<void> {
      if (!(await feeds.remove(id))) throw missing(id);
      await changes.announce('sources');
    },
    /** Poll now; `alreadyRunning` when a poll was under way, which is what the caller asked for. */
    poll(id: string): { alreadyRunning: boolean } {
      const outcome = feeds.pollNow(id);
      if (outcome === 'not_found') throw missing(id);
      if (outcome === 'standby')
        throw new Unavailable('this instance is a standby: poll through the leader instance');
      if (outcome === 'paused') throw new Conflict(`source "${id}" is paused: enable it to poll`);
      if (outcome === 'streaming') throw new Conflict(`source "${id}" is a live stream: it is never polled`);
      return { alreadyRunning: outcome === 'busy' };
    },
  };
}
