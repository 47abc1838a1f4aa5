import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BrandInputSchema } from '../shared/brand';
import { CommTargetsSchema, DEFAULT_COMM_TARGETS } from '../shared/communication';
import { SourceConfigSchema } from '../shared/source';

/** The optional OUTCRY_CONFIG file: brands and feed sources, created or updated at start-up. */
export const ConfigFileSchema = z.object({
  brands: z.array(BrandInputSchema).default([]),
  /** communication targets: first acknowledgement within `ackWithinMin`, then an update every `updateEveryMin` */
  communication: CommTargetsSchema.default(DEFAULT_COMM_TARGETS),
  sources: z
    .array(SourceConfigSchema)
    .default([])
    .superRefine((sources, ctx) => {
      const seen = new Set<string>();
      sources.forEach((s, i) => {
        if (seen.has(s.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${s.id}"` });
        seen.add(s.id);
      });
    }),
});
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

const BoolFlag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  OUTCRY_DB: z.string().min(1).default('./data/outcry.db'),
  OUTCRY_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  OUTCRY_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OUTCRY_DEMO: BoolFlag.optional(),
  OUTCRY_CONFIG: z.string().min(1).optional(),
  OUTCRY_LOG: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  OUTCRY_SOURCES_ALLOW_PRIVATE: BoolFlag.default(false),
  OUTCRY_READ_AUTH: BoolFlag.default(false),
  OUTCRY_LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  OUTCRY_WEBHOOKS_ALLOW_PRIVATE: BoolFlag.default(false),
  OUTCRY_SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).default('full'),
});

const SECRET_VARS = new Set(['OUTCRY_ADMIN_TOKEN', 'OUTCRY_DATABASE_URL']);

export type Config = {
  port: number;
  host: string;
  db: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  /** undefined: decided at start-up (on when no brand is configured). */
  demo: boolean | undefined;
  configFile: ConfigFile | undefined;
  configPath: string | undefined;
  log: 'silent' | 'error' | 'info' | 'debug';
  /** Sources may reach private networks and loopback (self-hosted feeds); cloud metadata never. */
  sourcesAllowPrivate: boolean;
  /** Webhooks may target private networks and loopback (an internal chat server); metadata never. */
  webhooksAllowPrivate: boolean;
  /** SQLite only: `full` syncs every commit (an acknowledged post survives power loss), `normal` does not */
  sqliteSynchronous: 'full' | 'normal';
  /** OUTCRY_READ_AUTH: reads, the event stream and /metrics need a token (viewer, analyst for exports) */
  readAuth: boolean;
  /** OUTCRY_LOG_FORMAT: `text` lines, or `json` (one object per line, with the request id) */
  logFormat: 'text' | 'json';
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The only place that reads process.env. Throws ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const picked = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  );
  const parsed = EnvSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    // A token or database URL (with its password) must not end up in logs, even a wrong one.
    const shown = SECRET_VARS.has(name) ? '' : `=${JSON.stringify(picked[name] ?? '')}`;
    throw new ConfigError(`Invalid ${name}${shown}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  const configFile = e.OUTCRY_CONFIG ? readConfigFile(e.OUTCRY_CONFIG) : undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    db: e.OUTCRY_DB,
    databaseUrl: e.OUTCRY_DATABASE_URL,
    adminToken: e.OUTCRY_ADMIN_TOKEN,
    demo: e.OUTCRY_DEMO,
    configFile,
    configPath: e.OUTCRY_CONFIG,
    log: e.OUTCRY_LOG,
    sourcesAllowPrivate: e.OUTCRY_SOURCES_ALLOW_PRIVATE,
    readAuth: e.OUTCRY_READ_AUTH,
    logFormat: e.OUTCRY_LOG_FORMAT,
    webhooksAllowPrivate: e.OUTCRY_WEBHOOKS_ALLOW_PRIVATE,
    sqliteSynchronous: e.OUTCRY_SQLITE_SYNCHRONOUS,
  };
}

function readConfigFile(path: string): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`Invalid OUTCRY_CONFIG=${path}: ${(err as Error).message}`);
  }
  const parsed = ConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Invalid OUTCRY_CONFIG=${path}: at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
