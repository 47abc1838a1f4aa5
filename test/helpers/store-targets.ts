import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStore } from '../../server/store/postgres/postgres-store';
import { createSqliteStore } from '../../server/store/sqlite/sqlite-store';
import type { Store } from '../../server/store/types';

/** One empty database: `open()` may be called several times to get stores sharing it (several instances). */
export type StoreTarget = { open(): Store; cleanup(): Promise<void> };
export type StoreFactory = { kind: Store['kind']; create(): Promise<StoreTarget> };

/** CI and the dev container run PostgreSQL here; override with OUTCRY_TEST_DATABASE_URL. */
export const TEST_DATABASE_URL =
  process.env.OUTCRY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const sqliteFactory: StoreFactory = {
  kind: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'outcry-store-'));
    const path = join(dir, 'outcry.db');
    return {
      open: () => createSqliteStore(path),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

let reachable: Promise<void> | undefined;

/** Fails loudly (never skips) when PostgreSQL is down: the contract must hold for both backends. */
function assertPostgresReachable(): Promise<void> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (err) {
      const where = new URL(TEST_DATABASE_URL);
      where.password = '';
      throw new Error(
        `PostgreSQL is not reachable at ${where.toString()} (${(err as Error).message}). ` +
          'The store contract suite runs against PostgreSQL too: start it or set OUTCRY_TEST_DATABASE_URL.',
      );
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

let schemas = 0;

const postgresFactory: StoreFactory = {
  kind: 'postgres',
  async create() {
    await assertPostgresReachable();
    const schema = `outcry_test_${process.pid}_${Date.now().toString(36)}_${++schemas}`;
    return {
      open: () => createPostgresStore({ url: TEST_DATABASE_URL, schema, max: 4 }),
      cleanup: () => dropSchema(schema),
    };
  },
};

export const STORE_FACTORIES: StoreFactory[] = [sqliteFactory, postgresFactory];
