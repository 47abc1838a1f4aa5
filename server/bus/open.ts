import type { Config } from '../config';
import type { Store } from '../store/types';
import { type Bus, createBus } from './index';
import { createPostgresBus } from './postgres';

/** Chosen beside the store: one process owns a SQLite file; PostgreSQL may have several instances. */
export async function openBus(
  config: Pick<Config, 'databaseUrl'>,
  store: Pick<Store, 'kind'>,
  onError: (err: unknown) => void,
): Promise<Bus> {
  if (store.kind === 'postgres' && config.databaseUrl)
    return createPostgresBus({ url: config.databaseUrl, onError });
  return createBus();
}
