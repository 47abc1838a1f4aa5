import type Database from 'better-sqlite3';
import type { WebhookEvent, WebhookFormat } from '../../../shared/webhook';
import { type AttemptRow, type DeliveryRow, claimedFromRow, deliveriesFromRows } from '../delivery-rows';
import type { WebhookPart, WebhookRecord } from '../incident-types';
import { StoreConflictError } from '../types';

type WebhookRow = {
  id: string;
  name: string | null;
  url: string;
  format: string;
  events: string;
  brands: string;
  enabled: number;
  secret: string | null;
  created_at: number;
  updated_at: number;
};

const fromRow = (r: WebhookRow): WebhookRecord => ({
  id: r.id,
  name: r.name,
  url: r.url,
  format: r.format as WebhookFormat,
  events: JSON.parse(r.events) as WebhookEvent[],
  brands: JSON.parse(r.brands) as string[],
  enabled: r.enabled === 1,
  secret: r.secret,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

const columns = (w: WebhookRecord): unknown[] => [
  w.name,
  w.url,
  w.format,
  JSON.stringify(w.events),
  JSON.stringify(w.brands),
  w.enabled ? 1 : 0,
  w.secret,
  w.updatedAt,
];

/** Webhooks and their delivery queue + log, on SQLite. */
export function sqliteWebhooks(db: Database.Database): WebhookPart {
  const get = (id: string): WebhookRecord | null => {
    const row = db.prepare('SELECT * FROM webhooks WHERE id = ?').get(id) as WebhookRow | undefined;
    return row ? fromRow(row) : null;
  };
  return {
    async listWebhooks() {
      return (db.prepare('SELECT * FROM webhooks ORDER BY created_at, id').all() as WebhookRow[]).map(
        fromRow,
      );
    },
    async getWebhook(id) {
      return get(id);
    },
    async createWebhook(w) {
      try {
        db.prepare(
          `INSERT INTO webhooks (name, url, format, events, brands, enabled, secret, updated_at, id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(...columns(w), w.id, w.createdAt);
      } catch (err) {
        if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT'))
          throw new StoreConflictError(`webhook ${w.id} already exists`);
        throw err;
      }
      return w;
    },
    async updateWebhook(id, patch) {
      return db.transaction(() => {
        const current = get(id);
        if (!current) return null;
        const next: WebhookRecord = { ...current, ...patch };
        db.prepare(
          `UPDATE webhooks SET name = ?, url = ?, format = ?, events = ?, brands = ?, enabled = ?, secret = ?,
             updated_at = ? WHERE id = ?`,
        ).run(...columns(next), id);
        return next;
      })();
    },
    async deleteWebhook(id) {
      return db.prepare('DELETE FROM webhooks WHERE id = ?').run(id).changes > 0;
    },
    async enqueueDeliveries(deliveries) {
      const put = db.prepare(
        `INSERT INTO deliveries (id, webhook_id, event_key, event, incident_id, body, status, attempts,
           next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
         ON CONFLICT (webhook_id, event_key) DO NOTHING`,
      );
      return db.transaction(() => {
        let n = 0;
        for (const d of deliveries)
          n += put.run(
            d.id,
            d.webhookId,
            d.eventKey,
            d.event,
            d.incidentId,
            d.body,
            d.createdAt,
            d.createdAt,
          ).changes;
        return n;
      })();
    },
    async claimDeliveries(now, limit, leaseMs) {
      return db.transaction(() => {
        const rows = db
          .prepare(
            `SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?
              ORDER BY next_attempt_at, created_at, id LIMIT ?`,
          )
          .all(now, limit) as DeliveryRow[];
        const lease = db.prepare('UPDATE deliveries SET next_attempt_at = ? WHERE id = ?');
        for (const r of rows) lease.run(now + leaseMs, r.id);
        return rows.map(claimedFromRow);
      })();
    },
    async recordAttempt(a) {
      db.transaction(() => {
        db.prepare(
          `INSERT INTO delivery_attempts (delivery_id, attempt, at, status_code, error, duration_ms, next_attempt_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(a.deliveryId, a.attempt, a.at, a.statusCode, a.error, a.durationMs, a.nextAttemptAt);
        db.prepare('UPDATE deliveries SET status = ?, attempts = ?, next_attempt_at = ? WHERE id = ?').run(
          a.status,
          a.attempt,
          a.nextAttemptAt,
          a.deliveryId,
        );
      })();
    },
    async listDeliveries(q) {
      const rows = db
        .prepare(
          `SELECT * FROM deliveries WHERE webhook_id = ? ${q.status ? 'AND status = ?' : ''}
            ORDER BY created_at DESC, id DESC LIMIT ?`,
        )
        .all(...[q.webhookId, ...(q.status ? [q.status] : []), q.limit]) as DeliveryRow[];
      if (rows.length === 0) return [];
      const attempts = db
        .prepare(`SELECT * FROM delivery_attempts WHERE delivery_id IN (${rows.map(() => '?').join(', ')})`)
        .all(...rows.map((r) => r.id)) as AttemptRow[];
      return deliveriesFromRows(rows, attempts);
    },
  };
}
