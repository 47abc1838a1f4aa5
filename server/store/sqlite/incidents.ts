import type Database from 'better-sqlite3';
import type { IncidentPart, MonitorCheckpoint } from '../incident-types';
import {
  type MonitorRow,
  buildAuthorQuery,
  buildIncidentQuery,
  incidentColumns,
  monitorFromRow,
  parseIncident,
} from '../incident-sql';

const UPSERT_INCIDENT = `INSERT INTO incidents (id, brand, status, start_at, alert_at, end_at, data)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET brand = excluded.brand, status = excluded.status, start_at = excluded.start_at,
    alert_at = excluded.alert_at, end_at = excluded.end_at, data = excluded.data`;

/** Incidents and the engine's per-brand monitor state, on SQLite. */
export function sqliteIncidents(db: Database.Database): IncidentPart {
  // Prepared on first use: the store is created before its migrations run.
  let stmt: Database.Statement | null = null;
  const upsert = {
    run: (...args: unknown[]) => {
      stmt ??= db.prepare(UPSERT_INCIDENT);
      return stmt.run(...args);
    },
  };
  return {
    async upsertIncidents(incidents) {
      db.transaction(() => {
        for (const i of incidents) upsert.run(...incidentColumns(i));
      })();
    },
    async replaceIncidents(brand, alertFrom, incidents) {
      db.transaction(() => {
        db.prepare('DELETE FROM incidents WHERE brand = ? AND alert_at >= ?').run(brand, alertFrom);
        for (const i of incidents) upsert.run(...incidentColumns(i));
      })();
    },
    async listIncidents(query) {
      const { sql, args } = buildIncidentQuery(query);
      return (db.prepare(sql).all(...args) as { data: string }[]).map((r) => parseIncident(r.data));
    },
    async getIncident(id) {
      const row = db.prepare('SELECT data FROM incidents WHERE id = ?').get(id) as
        | { data: string }
        | undefined;
      return row ? parseIncident(row.data) : null;
    },
    async countAuthors(query) {
      const { sql, args } = buildAuthorQuery(query);
      return (db.prepare(sql).get(...args) as { n: number }).n;
    },
    async getMonitor(brand) {
      const row = db.prepare('SELECT * FROM monitors WHERE brand = ?').get(brand) as MonitorRow | undefined;
      return row ? monitorFromRow(row) : null;
    },
    async saveMonitor(s) {
      db.transaction(() => {
        db.prepare(
          `INSERT INTO monitors (brand, origin, cursor, state, rewind_from, rewind_seq) VALUES (?, ?, ?, ?, NULL, 0)
           ON CONFLICT (brand) DO UPDATE SET origin = excluded.origin, cursor = excluded.cursor,
             state = excluded.state,
             rewind_from = CASE WHEN monitors.rewind_seq = ? THEN NULL ELSE monitors.rewind_from END`,
        ).run(s.brand, s.origin, s.cursor, s.state, s.consumedSeq);
        if (s.dropCheckpointsFrom !== null)
          db.prepare('DELETE FROM monitor_checkpoints WHERE brand = ? AND t >= ?').run(
            s.brand,
            s.dropCheckpointsFrom,
          );
        const put = db.prepare(
          `INSERT INTO monitor_checkpoints (brand, t, state) VALUES (?, ?, ?)
           ON CONFLICT (brand, t) DO UPDATE SET state = excluded.state`,
        );
        for (const c of s.checkpoints) put.run(s.brand, c.t, c.state);
        db.prepare('DELETE FROM monitor_checkpoints WHERE brand = ? AND t < ?').run(
          s.brand,
          s.pruneCheckpointsBefore,
        );
      })();
    },
    async markMonitorRewind(brand, from) {
      db.prepare(
        `INSERT INTO monitors (brand, rewind_from, rewind_seq) VALUES (?, ?, 1)
         ON CONFLICT (brand) DO UPDATE SET
           rewind_from = MIN(COALESCE(monitors.rewind_from, excluded.rewind_from), excluded.rewind_from),
           rewind_seq = monitors.rewind_seq + 1`,
      ).run(brand, from);
    },
    async monitorCheckpoint(brand, t) {
      const row = db
        .prepare(
          'SELECT t, state FROM monitor_checkpoints WHERE brand = ? AND t <= ? ORDER BY t DESC LIMIT 1',
        )
        .get(brand, t) as MonitorCheckpoint | undefined;
      return row ? { t: Number(row.t), state: row.state } : null;
    },
    async deleteMonitor(brand) {
      db.transaction(() => {
        db.prepare('DELETE FROM monitors WHERE brand = ?').run(brand);
        db.prepare('DELETE FROM monitor_checkpoints WHERE brand = ?').run(brand);
      })();
    },
  };
}
