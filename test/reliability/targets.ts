import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStore } from '../../server/store/postgres/postgres-store';
import { createSqliteStore } from '../../server/store/sqlite/sqlite-store';
import type { Store } from '../../server/store/types';
import { TEST_DATABASE_URL } from '../helpers/store-targets';

export const ADMIN = 'reliability-admin-token-0123456789';
export const KINDS = ['sqlite', 'postgres'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * One empty database of either kind, as the environment a real server is started with: an SQLite file,
 * or a fresh PostgreSQL schema named in the URL's search_path (as docs/storage.md tells operators).
 */
export type Database = {
  kind: Kind;
  env: Record<string, string>;
  /** a store on the same database, to look behind the API (raw counts) */
  open(): Store;
  cleanup(): Promise<void>;
};

let made = 0;

export async function createDatabase(kind: Kind): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'outcry-reliab-'));
  if (kind === 'sqlite') {
    const path = join(dir, 'outcry.db');
    return {
      kind,
      env: { OUTCRY_DB: path },
      open: () => createSqliteStore(path),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `outcry_rel_${process.pid}_${Date.now().toString(36)}_${++made}`;
  await withClient((c) => c.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    kind,
    env: { OUTCRY_DATABASE_URL: url.toString(), OUTCRY_DB: join(dir, 'unused.db') },
    open: () => createPostgresStore({ url: TEST_DATABASE_URL, schema, max: 2 }),
    cleanup: async () => {
      await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
