import type pg from 'pg';
import type { IncidentPart, MonitorCheckpoint } from '../incident-types';
import {
  type MonitorRow,
  buildAuthorQuery,
  buildIncidentQuery,
  incidentColumns,
  monitorFromRow,
  parseIncident,
} from '../incident-sql';
import { renumberPlaceholders, withTransaction } from './pool';

const UPSERT_INCIDENT = `INSERT INTO incidents (id, brand, status, start_at, alert_at, end_at, data)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (id) DO UPDATE SET brand = excluded.brand, status = excluded.status, start_at = excluded.start_at,
    alert_at = excluded.alert_at, end_at = excluded.end_at, data = excluded.data`;

/** Incidents and the engine's per-brand monitor state, on PostgreSQL. */
export function pgIncidents(pool: pg.Pool): IncidentPart {
  return {
    async upsertIncidents(incidents) {
      if (incidents.length === 0) return;
      await withTransaction(pool, async (client) => {
        for (const i of incidents) await client.query(UPSERT_INCIDENT, incidentColumns(i));
      });
    },
    async replaceIncidents(brand, alertFrom, incidents) {
      await withTransaction(pool, async (client) => {
        await client.query('DELETE FROM incidents WHERE brand = $1 AND alert_at >= $2', [brand, alertFrom]);
        for (const i of incidents) await client.query(UPSERT_INCIDENT, incidentColumns(i));
      });
    },
    async listIncidents(query) {
      const { sql, args } = buildIncidentQuery(query);
      const res = await pool.query<{ data: string }>(renumberPlaceholders(sql), args);
      return res.rows.map((r) => parseIncident(r.data));
    },
    async getIncident(id) {
      const res = await pool.query<{ data: string }>('SELECT data FROM incidents WHERE id = $1', [id]);
      const row = res.rows[0];
      return row ? parseIncident(row.data) : null;
    },
    async countAuthors(query) {
      const { sql, args } = buildAuthorQuery(query);
      const res = await pool.query<{ n: number }>(renumberPlaceholders(sql), args);
      return Number(res.rows[0]?.n ?? 0);
    },
    async getMonitor(brand) {
      const res = await pool.query<MonitorRow>('SELECT * FROM monitors WHERE brand = $1', [brand]);
      const row = res.rows[0];
      return row ? monitorFromRow(row) : null;
    },
    async saveMonitor(s) {
      await withTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO monitors (brand, origin, cursor, state, rewind_from, rewind_seq)
           VALUES ($1, $2, $3, $4, NULL, 0)
           ON CONFLICT (brand) DO UPDATE SET origin = excluded.origin, cursor = excluded.cursor,
             state = excluded.state,
             rewind_from = CASE WHEN monitors.rewind_seq = $5 THEN NULL ELSE monitors.rewind_from END`,
          [s.brand, s.origin, s.cursor, s.state, s.consumedSeq],
        );
        if (s.dropCheckpointsFrom !== null)
          await client.query('DELETE FROM monitor_checkpoints WHERE brand = $1 AND t >= $2', [
            s.brand,
            s.dropCheckpointsFrom,
          ]);
        if (s.checkpoints.length > 0)
          await client.query(
            `INSERT INTO monitor_checkpoints (brand, t, state)
             SELECT $1, t, state FROM unnest($2::bigint[], $3::text[]) AS c (t, state)
             ON CONFLICT (brand, t) DO UPDATE SET state = excluded.state`,
            [s.brand, s.checkpoints.map((c) => c.t), s.checkpoints.map((c) => c.state)],
          );
        await client.query('DELETE FROM monitor_checkpoints WHERE brand = $1 AND t < $2', [
          s.brand,
          s.pruneCheckpointsBefore,
        ]);
      });
    },
    async markMonitorRewind(brand, from) {
      await pool.query(
        `INSERT INTO monitors (brand, rewind_from, rewind_seq) VALUES ($1, $2, 1)
         ON CONFLICT (brand) DO UPDATE SET
           rewind_from = LEAST(COALESCE(monitors.rewind_from, excluded.rewind_from), excluded.rewind_from),
           rewind_seq = monitors.rewind_seq + 1`,
        [brand, from],
      );
    },
    async monitorCheckpoint(brand, t) {
      const res = await pool.query<MonitorCheckpoint>(
        'SELECT t, state FROM monitor_checkpoints WHERE brand = $1 AND t <= $2 ORDER BY t DESC LIMIT 1',
        [brand, t],
      );
      const row = res.rows[0];
      return row ? { t: Number(row.t), state: row.state } : null;
    },
    async deleteMonitor(brand) {
      await withTransaction(pool, async (client) => {
        await client.query('DELETE FROM monitors WHERE brand = $1', [brand]);
        await client.query('DELETE FROM monitor_checkpoints WHERE brand = $1', [brand]);
      });
    },
  };
}
