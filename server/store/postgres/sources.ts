import type pg from 'pg';
import { configColumns, parseSourceState, sourceFromRow } from '../source-rows';
import type { SourceRow } from '../source-rows';
import type { SourceStore } from '../source-types';
import { StoreConflictError } from '../types';

const COLUMNS = 'id, config, credentials, created_at, updated_at, health, health_at';

/** Source configs, runner state and health on PostgreSQL; same table and semantics as SQLite. */
export function pgSources(pool: pg.Pool): SourceStore {
  return {
    async listSources() {
      const res = await pool.query<SourceRow>(`SELECT ${COLUMNS} FROM sources ORDER BY id`);
      return res.rows.map(sourceFromRow);
    },
    async getSource(id) {
      const res = await pool.query<SourceRow>(`SELECT ${COLUMNS} FROM sources WHERE id = $1`, [id]);
      const row = res.rows[0];
      return row ? sourceFromRow(row) : null;
    },
    async createSource(config, now) {
      const cols = configColumns(config);
      const res = await pool.query(
        `INSERT INTO sources (id, config, credentials, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (id) DO NOTHING`,
        [config.id, cols.config, cols.credentials, now],
      );
      if (res.rowCount === 0) throw new StoreConflictError(`source ${config.id} already exists`);
      return { config, createdAt: now, updatedAt: now, health: null, healthAt: null };
    },
    async replaceSource(config, now) {
      const cols = configColumns(config);
      const res = await pool.query<SourceRow>(
        `UPDATE sources SET config = $2, credentials = $3, updated_at = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
        [config.id, cols.config, cols.credentials, now],
      );
      const row = res.rows[0];
      return row ? sourceFromRow(row) : null;
    },
    async deleteSource(id) {
      return ((await pool.query('DELETE FROM sources WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async sourceState(id) {
      const res = await pool.query<{ state: string | null }>('SELECT state FROM sources WHERE id = $1', [id]);
      return parseSourceState(res.rows[0]?.state ?? null);
    },
    async saveSourceState(id, state) {
      await pool.query('UPDATE sources SET state = $2 WHERE id = $1', [id, JSON.stringify(state)]);
    },
    async saveSourceHealth(id, health, at) {
      await pool.query('UPDATE sources SET health = $2, health_at = $3 WHERE id = $1', [
        id,
        JSON.stringify(health),
        at,
      ]);
    },
  };
}
