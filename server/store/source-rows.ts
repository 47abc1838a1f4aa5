import { SourceConfigSchema, SourceCredentialsSchema, SourceHealthSchema } from '../../shared/source';
import type { SourceConfig } from '../../shared/source';
import type { SourceRecord } from './source-types';

/** One `sources` row as both backends return it (times may arrive as strings from some drivers). */
export type SourceRow = {
  id: string;
  config: string;
  credentials: string | null;
  created_at: number | string;
  updated_at: number | string;
  health: string | null;
  health_at: number | string | null;
};

const parseJson = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Config and credentials go to separate columns, so no query that reads configs can leak a token by accident. */
export function configColumns(config: SourceConfig): { config: string; credentials: string | null } {
  const { credentials, ...rest } = config;
  return { config: JSON.stringify(rest), credentials: credentials ? JSON.stringify(credentials) : null };
}

export function sourceFromRow(row: SourceRow): SourceRecord {
  const credentials = SourceCredentialsSchema.safeParse(parseJson(row.credentials));
  const stored = parseJson(row.config);
  // Written through the same schema, so this only fails if a later version tightened it.
  const config = SourceConfigSchema.parse({
    ...(typeof stored === 'object' && stored !== null ? stored : {}),
    id: row.id,
    credentials: credentials.success ? credentials.data : null,
  });
  const health = SourceHealthSchema.safeParse(parseJson(row.health));
  return {
    config,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    health: health.success ? health.data : null,
    healthAt: row.health_at === null ? null : Number(row.health_at),
  };
}

export const parseSourceState = parseJson;
