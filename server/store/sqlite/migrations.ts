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
