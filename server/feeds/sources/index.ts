import { createJetstreamAdapter } from './jetstream';
import type { JetstreamOptions } from './jetstream';
import { createMastodonAdapter } from './mastodon-stream';
import type { MastodonOptions } from './mastodon-stream';
import { rssAdapter } from './rss';
import { statuspageAdapter } from './statuspage';
import type { AdapterRegistry } from './types';

export interface AdapterOptions {
  mastodon?: MastodonOptions;
  jetstream?: JetstreamOptions;
}

/** kind -> adapter factory. The runner asks it for an adapter per source config. */
export function createAdapterRegistry(options: AdapterOptions = {}): AdapterRegistry {
  return {
    rss: () => rssAdapter,
    statuspage: () => statuspageAdapter,
    mastodon: createMastodonAdapter(options.mastodon),
    jetstream: createJetstreamAdapter(options.jetstream),
  };
}

export const defaultAdapters: AdapterRegistry = createAdapterRegistry();

export { keywordMatcher } from './keywords';
export { createSafeWsFactory } from './ws';
export type { SafeWsOptions, WsFactory } from './ws';
export { SourceError, CursorSchema, realTimers } from './types';
export type {
  AdapterFactory,
  AdapterRegistry,
  BatchReport,
  Clock,
  Cursor,
  FetchLike,
  PollContext,
  PollingAdapter,
  PollResult,
  SkippedEntry,
  SourceAdapter,
  SourceStatus,
  StreamContext,
  StreamingAdapter,
  Timers,
} from './types';
export type { JetstreamOptions, MastodonOptions };
