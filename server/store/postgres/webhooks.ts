import type pg from 'pg';
import type { WebhookEvent, WebhookFormat } from '../../../shared/webhook';
import { type AttemptRow, type DeliveryRow, claimedFromRow, deliveriesFromRows } from '../delivery-rows';
import type { WebhookPart, WebhookRecord } from '../incident-types';
import { StoreConflictError } from '../types';
import { withTransaction } from './pool';

type WebhookRow = {
  id: string;
  name: string | null;
  url: string;
  format: string;
  events: string[];
  brands: string[];
  enabled: boolean;
  secret: string | null;
  created_at: number;
  updated_at: number;
};

const fromRow = (r: WebhookRow): WebhookRecord => ({
  id: r.id,
  name: r.name,
  url: r.url,
  format: r.format as WebhookFormat,
  events: r.events as WebhookEvent[],
  brands: r.brands,
  enabled: r.enabled,
  secret: r.secret,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

const columns = (w: WebhookRecord): unknown[] => [
  w.name,
  w.url,
  w.format,
  w.events,
  w.brands,
  w.enabled,
  w.secret,
  w.updatedAt,
];

/** Webhooks and their delivery queue + log, on PostgreSQL (claims use FOR UPDATE SKIP LOCKED). */
export function pgWebhooks(pool: pg.Pool): WebhookPart {
  return {
    async listWebhooks() {
      const res = await pool.query<WebhookRow>('SELECT * FROM webhooks ORDER BY created_at, id');
      return res.rows.map(fromRow);
    },
    async getWebhook(id) {
      const res = await pool.query<WebhookRow>('SELECT * FROM webhooks WHERE id = $1', [id]);
      const row = res.rows[0];
      return row ? fromRow(row) : null;
    },
    async createWebhook(w) {
      const res = await pool.query(
        `INSERT INTO webhooks (name, url, format, events, brands, enabled, secret, updated_at, id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
        [...columns(w), w.id, w.createdAt],
      );
      if (res.rowCount === 0) throw new StoreConflictError(`webhook ${w.id} already exists`);
      return w;
    },
    async updateWebhook(id, patch) {
      return withTransaction(pool, async (client) => {
        const res = await client.query<WebhookRow>('SELECT * FROM webhooks WHERE id = $1 FOR UPDATE', [id]);
        const row = res.rows[0];
        if (!row) return null;
        const next: WebhookRecord = { ...fromRow(row), ...patch };
        await client.query(
          `UPDATE webhooks SET name = $1, url = $2, format = $3, events = $4, brands = $5, enabled = $6,
             secret = $7, updated_at = $8 WHERE id = $9`,
          [...columns(next), id],
        );
        return next;
      });
    },
    async deleteWebhook(id) {
      return ((await pool.query('DELETE FROM webhooks WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async enqueueDeliveries(deliveries) {
      if (deliveries.length === 0) return 0;
      const res = await pool.query(
        `INSERT INTO deliveries (id, webhook_id, event_key, event, incident_id, body, status, attempts,
           next_attempt_at, created_at)
         SELECT id, webhook_id, event_key, event, incident_id, body, 'pending', 0, created_at, created_at
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[])
             AS d (id, webhook_id, event_key, event, incident_id, body, created_at)
         ON CONFLICT (webhook_id, event_key) DO NOTHING`,
        [
          deliveries.map((d) => d.id),
          deliveries.map((d) => d.webhookId),
          deliveries.map((d) => d.eventKey),
          deliveries.map((d) => d.event),
          deliveries.map((d) => d.incidentId),
          deliveries.map((d) => d.body),
          deliveries.map((d) => d.createdAt),
        ],
      );
      return res.rowCount ?? 0;
    },
    async claimDeliveries(now, limit, leaseMs) {
      const res = await pool.query<DeliveryRow>(
        `UPDATE deliveries d SET next_attempt_at = $2
           FROM (SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $1
                  ORDER BY next_attempt_at, created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED) c
          WHERE d.id = c.id
          RETURNING d.*`,
        [now, now + leaseMs, limit],
      );
      return res.rows
        .sort((a, b) => Number(a.created_at) - Number(b.created_at) || (a.id < b.id ? -1 : 1))
        .map(claimedFromRow);
    },
    async recordAttempt(a) {
      await withTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO delivery_attempts (delivery_id, attempt, at, status_code, error, duration_ms, next_attempt_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [a.deliveryId, a.attempt, a.at, a.statusCode, a.error, a.durationMs, a.nextAttemptAt],
        );
        await client.query(
          'UPDATE deliveries SET status = $1, attempts = $2, next_attempt_at = $3 WHERE id = $4',
          [a.status, a.attempt, a.nextAttemptAt, a.deliveryId],
        );
      });
    },
    async listDeliveries(q) {
      const res = await pool.query<DeliveryRow>(
        `SELECT * FROM deliveries WHERE webhook_id = $1 AND ($2::text IS NULL OR status = $2)
          ORDER BY created_at DESC, id DESC LIMIT $3`,
        [q.webhookId, q.status ?? null, q.limit],
      );
      if (res.rows.length === 0) return [];
      const attempts = await pool.query<AttemptRow>(
        'SELECT * FROM delivery_attempts WHERE delivery_id = ANY($1::text[])',
        [res.rows.map((r) => r.id)],
      );
      return deliveriesFromRows(res.rows, attempts.rows);
    },
  };
}
