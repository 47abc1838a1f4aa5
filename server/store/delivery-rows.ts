import { toIso } from '../../shared/time';
import type { Delivery, DeliveryAttempt, DeliveryStatus, WebhookEvent } from '../../shared/webhook';
import type { ClaimedDelivery } from './incident-types';

/** Delivery columns as both backends return them (numbers may arrive as strings from some drivers). */
export type DeliveryRow = {
  id: string;
  webhook_id: string;
  event: string;
  incident_id: string;
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  created_at: number;
};

export type AttemptRow = {
  delivery_id: string;
  attempt: number;
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  next_attempt_at: number | null;
};

const isoOrNull = (ms: number | null): string | null => (ms === null ? null : toIso(Number(ms)));

export const claimedFromRow = (r: DeliveryRow): ClaimedDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  event: r.event as WebhookEvent,
  incidentId: r.incident_id,
  body: r.body,
  attempts: Number(r.attempts),
});

const attemptFromRow = (a: AttemptRow): DeliveryAttempt => ({
  attempt: Number(a.attempt),
  at: toIso(Number(a.at)),
  statusCode: a.status_code === null ? null : Number(a.status_code),
  error: a.error,
  durationMs: Math.round(Number(a.duration_ms) * 10) / 10,
  nextAttemptAt: isoOrNull(a.next_attempt_at),
});

/** Deliveries with their attempts (oldest first), in the order of `rows`. */
export function deliveriesFromRows(
  rows: readonly DeliveryRow[],
  attempts: readonly AttemptRow[],
): Delivery[] {
  const byDelivery = new Map<string, DeliveryAttempt[]>();
  for (const a of [...attempts].sort((x, y) => Number(x.attempt) - Number(y.attempt))) {
    const list = byDelivery.get(a.delivery_id) ?? [];
    list.push(attemptFromRow(a));
    byDelivery.set(a.delivery_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    webhookId: r.webhook_id,
    event: r.event as WebhookEvent,
    incidentId: r.incident_id,
    status: r.status as DeliveryStatus,
    attempts: byDelivery.get(r.id) ?? [],
    createdAt: toIso(Number(r.created_at)),
    nextAttemptAt: r.status === 'pending' ? isoOrNull(r.next_attempt_at) : null,
  }));
}
