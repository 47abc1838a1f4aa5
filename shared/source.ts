import { z } from 'zod';
import { BrandIdSchema } from './brand';
import { redactUrl } from './redact';

export const SOURCE_KINDS = ['rss', 'mastodon', 'jetstream', 'statuspage'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SOURCE_STATES = ['ok', 'degraded', 'failing', 'paused'] as const;
export const SourceStateSchema = z.enum(SOURCE_STATES);
export type SourceState = z.infer<typeof SourceStateSchema>;

/** Atlassian Statuspage `status.indicator` values; `unknown` until the page has been read once. */
export const STATUS_INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance', 'unknown'] as const;
export const StatusIndicatorSchema = z.enum(STATUS_INDICATORS);
export type StatusIndicator = z.infer<typeof StatusIndicatorSchema>;

export const SourceIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and - only');

/** Which URL schemes each kind accepts: Jetstream is a WebSocket, everything else plain HTTP. */
export const SOURCE_URL_PROTOCOLS: Record<SourceKind, readonly string[]> = {
  rss: ['http:', 'https:'],
  mastodon: ['http:', 'https:'],
  statuspage: ['http:', 'https:'],
  jetstream: ['ws:', 'wss:'],
};

export const MIN_POLL_INTERVAL_SEC = 15;
export const DEFAULT_POLL_INTERVAL_SEC: Record<SourceKind, number> = {
  rss: 300,
  mastodon: 60,
  statuspage: 120,
  // Jetstream is a live stream and is not polled; the value only fills the field.
  jetstream: 60,
};

/** Secrets for a source. Write-only: accepted on create/update, never returned by the API. */
export const SourceCredentialsSchema = z.object({
  /** Mastodon access token (enables the streaming API and authenticated timelines). */
  accessToken: z.string().trim().min(1).max(4096).optional(),
});
export type SourceCredentials = z.infer<typeof SourceCredentialsSchema>;

const UrlFieldSchema = z.string().trim().max(2048);
const QueryFieldSchema = z.string().trim().min(1).max(500);
const PollIntervalSchema = z.number().int().min(MIN_POLL_INTERVAL_SEC).max(86_400);

const SourceFieldsSchema = z.object({
  id: SourceIdSchema,
  kind: SourceKindSchema,
  /** Feed URL, Mastodon instance base URL, Statuspage base URL or Jetstream subscribe URL. */
  url: UrlFieldSchema.nullable().default(null),
  /**
   * Mastodon: `#tag`, `@user` / `@user@host`, `public` or `local`.
   * Jetstream: comma-separated keywords used when no brand matcher is configured.
   */
  query: QueryFieldSchema.nullable().default(null),
  /** Brand every post of this source belongs to, or null to let brand matching decide. */
  brand: BrandIdSchema.nullable().default(null),
  /** Omitted = the kind's default (DEFAULT_POLL_INTERVAL_SEC). */
  pollIntervalSec: PollIntervalSchema.nullable().default(null),
  credentials: SourceCredentialsSchema.nullable().default(null),
  enabled: z.boolean().default(true),
});

type SourceFields = z.output<typeof SourceFieldsSchema>;

const MASTODON_QUERY = /^(#[\p{L}\p{N}_]+|@[A-Za-z0-9_.-]+(@[A-Za-z0-9.-]+)?|public|local)$/u;

function checkSource(s: Omit<SourceFields, 'id'>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (s.url === null) {
    issue('url', `a ${s.kind} source needs a url`);
  } else {
    let protocol = '';
    try {
      protocol = new URL(s.url).protocol;
    } catch {
      issue('url', 'must be an absolute URL');
    }
    const allowed = SOURCE_URL_PROTOCOLS[s.kind];
    if (protocol && !allowed.includes(protocol)) issue('url', `must use ${allowed.join(' or ')}`);
  }
  if (s.kind === 'mastodon' && (s.query === null || !MASTODON_QUERY.test(s.query))) {
    issue('query', 'must be #tag, @user, @user@host, public or local');
  }
  if (s.kind === 'statuspage' && s.brand === null) {
    issue('brand', 'a status page speaks for one brand: set brand');
  }
}

/** A source as stored and given to the runner (credentials included). */
export const SourceConfigSchema = SourceFieldsSchema.superRefine(checkSource);
export type SourceConfig = z.output<typeof SourceConfigSchema>;
export type SourceConfigInput = z.input<typeof SourceConfigSchema>;

/** What POST /api/v1/sources takes: a config whose id may be left out (the server derives one). */
export const SourceCreateSchema = SourceFieldsSchema.extend({ id: SourceIdSchema.optional() }).superRefine(
  checkSource,
);
export type SourceCreate = z.output<typeof SourceCreateSchema>;

/**
 * Partial update (no defaults, so an omitted field stays as stored). `credentials: null` clears them.
 * Apply it with `SourceConfigSchema.parse({ ...stored, ...patch })` so the kind rules run again.
 */
export const SourcePatchSchema = z.object({
  url: UrlFieldSchema.nullable().optional(),
  query: QueryFieldSchema.nullable().optional(),
  brand: BrandIdSchema.nullable().optional(),
  pollIntervalSec: PollIntervalSchema.nullable().optional(),
  credentials: SourceCredentialsSchema.nullable().optional(),
  enabled: z.boolean().optional(),
});
export type SourcePatch = z.output<typeof SourcePatchSchema>;

/** What the API returns: never the credentials, only whether some are stored. */
export const PublicSourceConfigSchema = SourceFieldsSchema.omit({ credentials: true }).extend({
  hasCredentials: z.boolean(),
});
export type PublicSourceConfig = z.infer<typeof PublicSourceConfigSchema>;

/** Credentials in the URL itself (`https://user:pw@host`) count as credentials: shown redacted. */
export function toPublicSource(config: SourceConfig): PublicSourceConfig {
  const { credentials, ...rest } = config;
  const inUrl = config.url !== null && redactUrl(config.url) !== config.url;
  return {
    ...rest,
    url: redactUrl(config.url),
    hasCredentials: inUrl || (credentials !== null && Object.keys(credentials).length > 0),
  };
}

export function pollIntervalSec(config: Pick<SourceConfig, 'kind' | 'pollIntervalSec'>): number {
  return config.pollIntervalSec ?? DEFAULT_POLL_INTERVAL_SEC[config.kind];
}

export const SourceHealthSchema = z.object({
  state: SourceStateSchema,
  lastSuccessAt: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  postsLastHour: z.number().int().nonnegative(),
  /** Seconds between now and the newest moment the source is known to be caught up to. */
  lagSec: z.number().nonnegative().nullable(),
  nextAttemptAt: z.string().nullable(),
  /** Statuspage only: the page's own overall indicator, e.g. `none` = all systems operational. */
  statusIndicator: StatusIndicatorSchema.nullable(),
  statusDescription: z.string().nullable(),
});
export type SourceHealth = z.infer<typeof SourceHealthSchema>;

/** A source as the API lists it: public config, its health (null before it first ran) and times. */
export const SourceViewSchema = PublicSourceConfigSchema.extend({
  health: SourceHealthSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SourceView = z.infer<typeof SourceViewSchema>;

/** A source in an exported config file: everything but the credentials. */
export const ExportedSourceSchema = SourceFieldsSchema.omit({ credentials: true });
export type ExportedSource = z.infer<typeof ExportedSourceSchema>;
