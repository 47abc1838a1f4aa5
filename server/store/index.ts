import type { Config } from '../config';
import { createPostgresStore } from './postgres/postgres-store';
import { createSqliteStore } from './sqlite/sqlite-store';
import type { Store } from './types';

export type { Store } from './types';

/** Chosen once at start-up: PostgreSQL when OUTCRY_DATABASE_URL is set, else the SQLite file. */
export async function openStore(
  config: Pick<Config, 'db' | 'databaseUrl'> & Partial<Pick<Config, 'sqliteSynchronous'>>,
): Promise<Store> {
  const store = config.databaseUrl
    ? createPostgresStore({ url: config.databaseUrl })
    : createSqliteStore(config.db, { synchronous: config.sqliteSynchronous ?? 'full' });
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
