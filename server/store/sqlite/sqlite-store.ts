import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Brand, BrandPatch } from '../../../shared/brand';
import { encodeCursor } from '../cursor';
import { buildPostQuery } from '../post-query';
import { type Store, StoreConflictError } from '../types';
import { sqliteIncidents } from './incidents';
import { migrateSqlite } from './migrations';
import { type BrandRow, type PostRow, brandFromRow, postFromRow } from './rows';
import { createSqlitePostWriter } from './post-writer';
import { sqliteBrandActivity, sqliteRollups } from './rollups';
import { sqliteSources } from './sources';
import { sqliteWebhooks } from './webhooks';

export type SqliteSynchronous = 'full' | 'normal';

/**
 * The embedded default: one file (or :memory:), WAL mode. `synchronous=FULL` (the default) syncs the
 * WAL to disk at every commit, so an acknowledged post survives a power cut; `normal` syncs only at
 * checkpoints (survives a crash of the process, not of the machine). docs/storage.md, bench:ingest.
 */
export function createSqliteStore(path: string, opts: { synchronous?: SqliteSynchronous } = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${opts.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  let writer: ReturnType<typeof createSqlitePostWriter> | null = null;
  const posts = () => {
    writer ??= createSqlitePostWriter(db);
    return writer;
  };

  return {
    kind: 'sqlite',
    async migrate() {
      migrateSqlite(db);
    },
    async close() {
      if (db.open) db.close();
    },
    async ping() {
      return db.prepare('SELECT 1 AS ok').get() !== undefined;
    },
    async getSetting(key) {
      const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
        | { value: string }
        | undefined;
      return row?.value ?? null;
    },
    async setSetting(key, value) {
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    },
    async listBrands() {
      return (db.prepare('SELECT * FROM brands ORDER BY name').all() as BrandRow[]).map(brandFromRow);
    },
    async getBrand(id) {
      const row = db.prepare('SELECT * FROM brands WHERE id = ?').get(id) as BrandRow | undefined;
      return row ? brandFromRow(row) : null;
    },
    async createBrand(brand: Brand) {
      try {
        db.prepare(
          'INSERT INTO brands (id, name, keywords, official_handles, created_at) VALUES (?, ?, ?, ?, ?)',
        ).run(
          brand.id,
          brand.name,
          JSON.stringify(brand.keywords),
          JSON.stringify(brand.officialHandles),
          Date.parse(brand.createdAt),
        );
      } catch (err) {
        if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
          throw new StoreConflictError(`brand ${brand.id} already exists`);
        }
        throw err;
      }
      return brand;
    },
    async updateBrand(id: string, patch: BrandPatch) {
      const row = db.prepare('SELECT * FROM brands WHERE id = ?').get(id) as BrandRow | undefined;
      if (!row) return null;
      const next = { ...brandFromRow(row), ...patch };
      db.prepare('UPDATE brands SET name = ?, keywords = ?, official_handles = ? WHERE id = ?').run(
        next.name,
        JSON.stringify(next.keywords),
        JSON.stringify(next.officialHandles),
        id,
      );
      return next;
    },
    async deleteBrand(id) {
      return db.transaction(() => {
        const gone = db.prepare('DELETE FROM brands WHERE id = ?').run(id).changes > 0;
        if (gone) {
          db.prepare('DELETE FROM post_brands WHERE brand = ?').run(id);
          db.prepare('DELETE FROM rollups WHERE brand = ?').run(id);
          db.prepare('DELETE FROM rollup_categories WHERE brand = ?').run(id);
          db.prepare('DELETE FROM incidents WHERE brand = ?').run(id);
          db.prepare('DELETE FROM monitors WHERE brand = ?').run(id);
          db.prepare('DELETE FROM monitor_checkpoints WHERE brand = ?').run(id);
        }
        return gone;
      })();
    },
    async insertPosts(newPosts) {
      return posts().insert(newPosts);
    },
    async listPosts(query) {
      const { sql, args } = buildPostQuery(query, {
        caseInsensitiveLike: 'LIKE',
        brandsAgg: 'group_concat(pb.brand)',
      });
      const rows = db.prepare(sql).all(...args) as PostRow[];
      const more = rows.length > query.limit;
      const page = more ? rows.slice(0, query.limit) : rows;
      const last = page[page.length - 1];
      return {
        items: page.map(postFromRow),
        nextCursor: more && last ? encodeCursor({ t: last.created_at, k: last.pk }) : null,
      };
    },
    async countPosts() {
      return (db.prepare('SELECT COUNT(*) AS n FROM posts').get() as { n: number }).n;
    },
    async rollups(query) {
      return sqliteRollups(db, query);
    },
    async brandActivity(from, to) {
      return sqliteBrandActivity(db, from, to);
    },
    ...sqliteIncidents(db),
    ...sqliteWebhooks(db),
    ...sqliteSources(db),
  };
}
