import type { Brand, BrandPatch } from '../../../shared/brand';
import { encodeCursor } from '../cursor';
import { buildPostQuery } from '../post-query';
import { type Store, StoreConflictError } from '../types';
import { pgIncidents } from './incidents';
import { migratePostgres } from './migrations';
import { type PgPoolOptions, createPgPool, renumberPlaceholders, withTransaction } from './pool';
import { insertPostsPg } from './post-writer';
import { pgBrandActivity, pgRollups } from './rollups';
import { type PgBrandRow, type PgPostRow, brandFromPgRow, postFromPgRow } from './rows';
import { pgSources } from './sources';
import { pgWebhooks } from './webhooks';

export type PostgresStoreOptions = PgPoolOptions;

/** PostgreSQL, for several Outcry instances sharing one database. Same tables and semantics as SQLite. */
export function createPostgresStore(opts: PostgresStoreOptions): Store {
  const pool = createPgPool(opts);
  let closed = false;

  return {
    kind: 'postgres',
    async migrate() {
      await migratePostgres(pool, opts.schema);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
    async ping() {
      try {
        return (await pool.query('SELECT 1 AS ok')).rowCount === 1;
      } catch {
        return false;
      }
    },
    async getSetting(key) {
      const res = await pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      return res.rows[0]?.value ?? null;
    },
    async setSetting(key, value) {
      await pool.query(
        'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
    async listBrands() {
      const res = await pool.query<PgBrandRow>('SELECT * FROM brands ORDER BY name, id');
      return res.rows.map(brandFromPgRow);
    },
    async getBrand(id) {
      const res = await pool.query<PgBrandRow>('SELECT * FROM brands WHERE id = $1', [id]);
      const row = res.rows[0];
      return row ? brandFromPgRow(row) : null;
    },
    async createBrand(brand: Brand) {
      const res = await pool.query(
        `INSERT INTO brands (id, name, keywords, official_handles, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING`,
        [brand.id, brand.name, brand.keywords, brand.officialHandles, Date.parse(brand.createdAt)],
      );
      if (res.rowCount === 0) throw new StoreConflictError(`brand ${brand.id} already exists`);
      return brand;
    },
    async updateBrand(id: string, patch: BrandPatch) {
      // One statement, so a concurrent update of another field is not lost.
      const res = await pool.query<PgBrandRow>(
        `UPDATE brands SET name = COALESCE($2, name), keywords = COALESCE($3, keywords),
                           official_handles = COALESCE($4, official_handles)
          WHERE id = $1 RETURNING *`,
        [id, patch.name ?? null, patch.keywords ?? null, patch.officialHandles ?? null],
      );
      const row = res.rows[0];
      return row ? brandFromPgRow(row) : null;
    },
    async deleteBrand(id) {
      return withTransaction(pool, async (client) => {
        const gone = ((await client.query('DELETE FROM brands WHERE id = $1', [id])).rowCount ?? 0) > 0;
        if (gone) {
          await client.query('DELETE FROM post_brands WHERE brand = $1', [id]);
          await client.query('DELETE FROM rollups WHERE brand = $1', [id]);
          await client.query('DELETE FROM rollup_categories WHERE brand = $1', [id]);
          await client.query('DELETE FROM incidents WHERE brand = $1', [id]);
          await client.query('DELETE FROM monitors WHERE brand = $1', [id]);
          await client.query('DELETE FROM monitor_checkpoints WHERE brand = $1', [id]);
        }
        return gone;
      });
    },
    async insertPosts(newPosts) {
      if (newPosts.length === 0) return { inserted: [], duplicates: 0 };
      return withTransaction(pool, (client) => insertPostsPg(client, newPosts));
    },
    async listPosts(query) {
      const { sql, args } = buildPostQuery(query, {
        caseInsensitiveLike: 'ILIKE',
        brandsAgg: "string_agg(pb.brand, ',' ORDER BY pb.brand)",
      });
      const res = await pool.query<PgPostRow>(renumberPlaceholders(sql), args);
      const more = res.rows.length > query.limit;
      const page = more ? res.rows.slice(0, query.limit) : res.rows;
      const last = page[page.length - 1];
      return {
        items: page.map(postFromPgRow),
        nextCursor: more && last ? encodeCursor({ t: last.created_at, k: last.pk }) : null,
      };
    },
    async countPosts() {
      const res = await pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM posts');
      return res.rows[0]?.n ?? 0;
    },
    async rollups(query) {
      return pgRollups(pool, query);
    },
    async brandActivity(from, to) {
      return pgBrandActivity(pool, from, to);
    },
    ...pgIncidents(pool),
    ...pgWebhooks(pool),
    ...pgSources(pool),
  };
}
