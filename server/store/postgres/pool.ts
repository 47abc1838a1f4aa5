import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export type PgPoolOptions = {
  url: string;
  /** Keep every table in this schema (created by migrate()); tests use a fresh one per run. */
  schema?: string;
  max?: number;
};

/** Throws unless `name` is a plain lower-case identifier, so it can be spliced into SQL and options. */
export function checkSchemaName(name: string): string {
  if (!SCHEMA_NAME.test(name)) throw new Error(`invalid schema name ${JSON.stringify(name)}`);
  return name;
}

/**
 * A pool whose bigint and numeric results come back as numbers: epoch-ms times and counts stay far
 * below 2^53. With `schema`, search_path is set at connection start-up, so no query names a schema.
 */
export function createPgPool(opts: PgPoolOptions): pg.Pool {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8, Number);
  types.setTypeParser(NUMERIC, Number);
  const pool = new pg.Pool({
    connectionString: pgConnectionString(opts),
    max: opts.max ?? 10,
    types,
  });
  // An idle connection dropped by the server must not crash the process: the pool replaces it on the
  // next checkout, and ping() reports the outage meanwhile.
  pool.on('error', () => {});
  return pool;
}

/** The connection string a pool of these options uses (for a dedicated client beside the pool). */
export function pgConnectionString(opts: PgPoolOptions): string {
  return opts.schema ? withSearchPath(opts.url, checkSchemaName(opts.schema)) : opts.url;
}

/** Adds `-c search_path=<schema>` to the URL's `options` (the URL's own settings win over the config's). */
function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  const prior = u.searchParams.get('options');
  u.searchParams.set('options', `${prior ? `${prior} ` : ''}-c search_path=${schema}`);
  return u.toString();
}

/** Renumbers `?` placeholders (outside string literals) to `$1, $2, ...`. */
export function renumberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? `$${++n}` : m));
}

const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

/**
 * Runs `fn` in one transaction. Writers take their row locks in a fixed order, so a deadlock should not
 * happen; should one still (or a serialization failure), the whole transaction is rolled back and
 * retried a bounded number of times.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      const code = (err as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw err;
    } finally {
      // A connection that cannot even roll back is discarded rather than handed to the next caller.
      client.release(broken);
    }
    // A short random pause, so the transactions that collided do not collide again in lock-step.
    await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
  }
}
