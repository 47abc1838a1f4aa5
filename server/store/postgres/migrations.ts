import type pg from 'pg';

/**
 * Versioned, append-only; the PostgreSQL twin of the SQLite list (same tables and columns). Never edit a
 * released migration: add a new one. Text keys use the "C" collation so ordering matches SQLite's binary
 * comparison whatever the database locale.
 */
export const PG_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'foundation',
    sql: `
      CREATE TABLE settings (key text COLLATE "C" PRIMARY KEY, value text NOT NULL);
      CREATE TABLE brands (
        id text COLLATE "C" PRIMARY KEY,
        name text COLLATE "C" NOT NULL,
        keywords text[] NOT NULL,
        official_handles text[] NOT NULL,
        created_at bigint NOT NULL
      );
      CREATE TABLE posts (
        pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source text NOT NULL,
        ext_id text NOT NULL,
        author text NOT NULL,
        text text NOT NULL,
        created_at bigint NOT NULL,
        received_at bigint NOT NULL,
        url text,
        lang text,
        reply_to text,
        shares bigint,
        label text NOT NULL,
        complaint smallint NOT NULL,
        harm smallint NOT NULL,
        categories text NOT NULL,
        score jsonb NOT NULL,
        UNIQUE (source, ext_id)
      );
      CREATE INDEX posts_created ON posts (created_at, pk);
      CREATE TABLE post_brands (
        brand text COLLATE "C" NOT NULL,
        created_at bigint NOT NULL,
        post_pk bigint NOT NULL REFERENCES posts (pk) ON DELETE CASCADE,
        official smallint NOT NULL,
        PRIMARY KEY (brand, created_at, post_pk)
      );
      CREATE INDEX post_brands_post ON post_brands (post_pk);
      CREATE TABLE rollups (
        brand text COLLATE "C" NOT NULL,
        minute bigint NOT NULL,
        posts integer NOT NULL,
        complaints integer NOT NULL,
        negatives integer NOT NULL,
        sentiment_sum double precision NOT NULL,
        official integer NOT NULL,
        harm integer NOT NULL,
        PRIMARY KEY (brand, minute)
      );
      CREATE TABLE rollup_categories (
        brand text COLLATE "C" NOT NULL,
        minute bigint NOT NULL,
        category text COLLATE "C" NOT NULL,
        complaints integer NOT NULL,
        PRIMARY KEY (brand, minute, category)
      );
    `,
  },
  {
    version: 2,
    name: 'incidents and webhooks',
    sql: `
      CREATE TABLE incidents (
        id text COLLATE "C" PRIMARY KEY,
        brand text COLLATE "C" NOT NULL,
        status text NOT NULL,
        start_at bigint NOT NULL,
        alert_at bigint NOT NULL,
        end_at bigint,
        data text NOT NULL
      );
      CREATE INDEX incidents_brand_start ON incidents (brand, start_at);
      CREATE INDEX incidents_start ON incidents (start_at);
      CREATE TABLE monitors (
        brand text COLLATE "C" PRIMARY KEY,
        origin bigint,
        cursor bigint,
        state text,
        rewind_from bigint,
        rewind_seq integer NOT NULL DEFAULT 0
      );
      CREATE TABLE monitor_checkpoints (
        brand text COLLATE "C" NOT NULL,
        t bigint NOT NULL,
        state text NOT NULL,
        PRIMARY KEY (brand, t)
      );
      CREATE TABLE webhooks (
        id text COLLATE "C" PRIMARY KEY,
        name text,
        url text NOT NULL,
        format text NOT NULL,
        events text[] NOT NULL,
        brands text[] NOT NULL,
        enabled boolean NOT NULL,
        secret text,
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL
      );
      CREATE TABLE deliveries (
        id text COLLATE "C" PRIMARY KEY,
        webhook_id text COLLATE "C" NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
        event_key text COLLATE "C" NOT NULL,
        event text NOT NULL,
        incident_id text COLLATE "C" NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at bigint,
        created_at bigint NOT NULL,
        UNIQUE (webhook_id, event_key)
      );
      CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
      CREATE INDEX deliveries_webhook ON deliveries (webhook_id, created_at);
      CREATE TABLE delivery_attempts (
        delivery_id text COLLATE "C" NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        at bigint NOT NULL,
        status_code integer,
        error text,
        duration_ms double precision NOT NULL,
        next_attempt_at bigint,
        PRIMARY KEY (delivery_id, attempt)
      );
    `,
  },
  {
    version: 3,
    name: 'feed sources',
    sql: `
      CREATE TABLE sources (
        id text COLLATE "C" PRIMARY KEY,
        config text NOT NULL,
        credentials text,
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL,
        state text,
        health text,
        health_at bigint
      );
    `,
  },
  {
    version: 4,
    name: 'bus messages too large for a NOTIFY payload',
    sql: `
      CREATE TABLE bus_messages (
        id bigserial PRIMARY KEY,
        payload text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

/**
 * Applies pending migrations, each in its own transaction, under a session advisory lock keyed by the
 * target schema: instances starting together queue up and the later ones find nothing left to do.
 */
export async function migratePostgres(pool: pg.Pool, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  let target: string | null = schema ?? null;
  try {
    if (!target) {
      const res = await client.query<{ s: string | null }>('SELECT current_schema() AS s');
      target = res.rows[0]?.s ?? null;
      if (!target) throw new Error('cannot migrate: no schema on the search_path exists');
    }
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`outcry.migrate:${target}`]);
    try {
      // `schema` passed checkSchemaName when the pool was created.
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text, applied_at bigint)',
      );
      const res = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(res.rows.map((r) => r.version));
      for (const m of PG_MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [m.version, m.name, Date.now()],
          );
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        }
      }
    } finally {
      await client
        .query('SELECT pg_advisory_unlock(hashtext($1))', [`outcry.migrate:${target}`])
        .catch(() => {});
    }
  } finally {
    // Closing this one-off connection also drops the lock if the unlock itself failed.
    client.release(true);
  }
}
