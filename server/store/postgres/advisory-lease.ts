import pg from 'pg';
import type { Lease } from '../../cluster/lease';
import { type PgPoolOptions, pgConnectionString } from './pool';

/** First half of the advisory lock key ("Outc"); the second half is a hash of the schema name. */
const LOCK_CLASS = 0x4f757463;

export type AdvisoryLeaseOptions = Pick<PgPoolOptions, 'url' | 'schema'> & {
  onError?: (err: unknown) => void;
};

/**
 * The leader lease as a session-level advisory lock held on one dedicated connection (not the pool's):
 * when the leader dies or its connection drops, the server frees the lock and a standby takes it on its
 * next check. Keyed by schema, so several deployments can share one database.
 */
export function createAdvisoryLease(opts: AdvisoryLeaseOptions): Lease {
  let client: pg.Client | null = null;
  let held = false;

  const drop = async (): Promise<void> => {
    const c = client;
    client = null;
    held = false;
    await c?.end().catch(() => {});
  };

  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: pgConnectionString(opts), keepAlive: true });
    // A dropped connection means the lock is gone too; the next check notices and reconnects.
    c.on('error', (err) => {
      if (client === c) held = false;
      opts.onError?.(err);
    });
    await c.connect();
    client = c;
    return c;
  };

  return {
    async tryAcquire() {
      try {
        const c = client ?? (await connect());
        if (held) {
          // Still connected = still holding: the lock lives as long as this session.
          await c.query('SELECT 1');
          return true;
        }
        const res = await c.query<{ ok: boolean }>(
          'SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS ok',
          [LOCK_CLASS],
        );
        held = res.rows[0]?.ok === true;
        return held;
      } catch (err) {
        await drop();
        throw err;
      }
    },
    async release() {
      // Closing the session frees the lock; no unlock call needed (and none can fail half-way).
      await drop();
    },
  };
}
