import type Database from 'better-sqlite3';
import { configColumns, parseSourceState, sourceFromRow } from '../source-rows';
import type { SourceRow } from '../source-rows';
import type { SourceStore } from '../source-types';
import { StoreConflictError } from '../types';

const COLUMNS = 'id, config, credentials, created_at, updated_at, health, health_at';

/** Source configs, runner state and health on SQLite (one row per source, so a delete takes all three). */
export function sqliteSources(db: Database.Database): SourceStore {
  const get = (id: string) => {
    const row = db.prepare(`SELECT ${COLUMNS} FROM sources WHERE id = ?`).get(id) as SourceRow | undefined;
    return row ? sourceFromRow(row) : null;
  };
  return {
    async listSources() {
      return (db.prepare(`SELECT ${COLUMNS} FROM sources ORDER BY id`).all() as SourceRow[]).map(
        sourceFromRow,
      );
    },
    async getSource(id) {
      return get(id);
    },
    async createSource(config, now) {
      const cols = configColumns(config);
      try {
        db.prepare(
          'INSERT INTO sources (id, config, credentials, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        ).run(config.id, cols.config, cols.credentials, now, now);
      } catch (err) {
        if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT'))
          throw new StoreConflictError(`source ${config.id} already exists`);
        throw err;
      }
      return { config, createdAt: now, updatedAt: now, health: null, healthAt: null };
    },
    async replaceSource(config, now) {
      const cols = configColumns(config);
      const changed = db
        .prepare('UPDATE sources SET config = ?, credentials = ?, updated_at = ? WHERE id = ?')
        .run(cols.config, cols.credentials, now, config.id).changes;
      return changed > 0 ? get(config.id) : null;
    },
    async deleteSource(id) {
      return db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
    },
    async sourceState(id) {
      const row = db.prepare('SELECT state FROM sources WHERE id = ?').get(id) as
        | { state: string | null }
        | undefined;
      return parseSourceState(row?.state ?? null);
    },
    async saveSourceState(id, state) {
      db.prepare('UPDATE sources SET state = ? WHERE id = ?').run(JSON.stringify(state), id);
    },
    async saveSourceHealth(id, health, at) {
      db.prepare('UPDATE sources SET health = ?, health_at = ? WHERE id = ?').run(
        JSON.stringify(health),
        at,
        id,
      );
    },
  };
}
