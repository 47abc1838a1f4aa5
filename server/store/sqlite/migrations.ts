import type Database from 'better-sqlite3';

/** Versioned, append-only. Never edit a released migration: add a new one. */
export const SQLITE_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'foundation',
    sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE brands (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        keywords TEXT NOT NULL,
        official_handles TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE posts (
        pk INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        ext_id TEXT NOT NULL,
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        url TEXT,
        lang TEXT,
        reply_to TEXT,
        shares INTEGER,
        label TEXT NOT NULL,
        complaint INTEGER NOT NULL,
        harm INTEGER NOT NULL,
        categories TEXT NOT NULL,
        score TEXT NOT NULL,
        UNIQUE (source, ext_id)
      );
      CREATE INDEX posts_created ON posts (created_at, pk);
      CREATE TABLE post_brands (
        brand TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        post_pk INTEGER NOT NULL REFERENCES posts (pk) ON DELETE CASCADE,
        official INTEGER NOT NULL,
        PRIMARY KEY (brand, created_at, post_pk)
      ) WITHOUT ROWID;
      CREATE INDEX post_brands_post ON post_brands (post_pk);
      CREATE TABLE rollups (
        brand TEXT NOT NULL,
        minute INTEGER NOT NULL,
        posts INTEGER NOT NULL,
        complaints INTEGER NOT NULL,
        negatives INTEGER NOT NULL,
        sentiment_sum REAL NOT NULL,
        official INTEGER NOT NULL,
        harm INTEGER NOT NULL,
        PRIMARY KEY (brand, minute)
      ) WITHOUT ROWID;
      CREATE TABLE rollup_categories (
        brand TEXT NOT NULL,
        minute INTEGER NOT NULL,
        category TEXT NOT NULL,
        complaints INTEGER NOT NULL,
        PRIMARY KEY (brand, minute, category)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'incidents and webhooks',
    sql: `
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        brand TEXT NOT NULL,
        status TEXT NOT NULL,
        start_at INTEGER NOT NULL,
        alert_at INTEGER NOT NULL,
        end_at INTEGER,
        data TEXT NOT NULL
      );
      CREATE INDEX incidents_brand_start ON incidents (brand, start_at);
      CREATE INDEX incidents_start ON incidents (start_at);
      CREATE TABLE monitors (
        brand TEXT PRIMARY KEY,
        origin INTEGER,
        cursor INTEGER,
        state TEXT,
        rewind_from INTEGER,
        rewind_seq INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE monitor_checkpoints (
        brand TEXT NOT NULL,
        t INTEGER NOT NULL,
        state TEXT NOT NULL,
        PRIMARY KEY (brand, t)
      ) WITHOUT ROWID;
      CREATE TABLE webhooks (
        id TEXT PRIMARY KEY,
        name TEXT,
        url TEXT NOT NULL,
        format TEXT NOT NULL,
        events TEXT NOT NULL,
        brands TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        secret TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE deliveries (
        id TEXT PRIMARY KEY,
        webhook_id TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
        event_key TEXT NOT NULL,
        event TEXT NOT NULL,
        incident_id TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_at INTEGER,
        created_at INTEGER NOT NULL,
        UNIQUE (webhook_id, event_key)
      );
      CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
      CREATE INDEX deliveries_webhook ON deliveries (webhook_id, created_at);
      CREATE TABLE delivery_attempts (
        delivery_id TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
        attempt INTEGER NOT NULL,
        at INTEGER NOT NULL,
        status_code INTEGER,
        error TEXT,
        duration_ms REAL NOT NULL,
        next_attempt_at INTEGER,
        PRIMARY KEY (delivery_id, attempt)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: 'feed sources',
    // config is the public JSON; credentials live in their own column; state is the runner's opaque JSON.
    sql: `
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        config TEXT NOT NULL,
        credentials TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        state TEXT,
        health TEXT,
        health_at INTEGER
      );
    `,
  },
];

export function migrateSqlite(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at INTEGER)',
  );
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((r) => (r as { version: number }).version),
  );
  for (const m of SQLITE_MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
    })();
  }
}
