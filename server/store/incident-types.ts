import type { Incident, IncidentStatus } from '../../shared/incident';
import type { Delivery, DeliveryStatus, WebhookEvent, WebhookFormat } from '../../shared/webhook';

/** Incidents overlapping [from, to) (start < to and not ended before from), newest start first. */
export type IncidentQuery = {
  brand?: string;
  from?: number;
  to?: number;
  status?: readonly IncidentStatus[];
  limit: number;
};

/**
 * The incident engine's per-brand progress. `state` is the serialised detector + incident machine after
 * every minute before `cursor`; `rewindFrom` is the earliest minute that received posts after it may
 * have been processed (the engine replays from there), `rewindSeq` counts such marks.
 */
export type MonitorRecord = {
  brand: string;
  origin: number | null;
  cursor: number | null;
  state: string | null;
  rewindFrom: number | null;
  rewindSeq: number;
};

/** The state before minute `t` was processed, kept so a rewind replays from the hour, not from scratch. */
export type MonitorCheckpoint = { t: number; state: string };

export type SaveMonitor = {
  brand: string;
  origin: number;
  cursor: number;
  state: string;
  /** clears `rewindFrom` only if no new mark arrived since this value was read */
  consumedSeq: number;
  checkpoints: MonitorCheckpoint[];
  /** drop checkpoints at or after this minute (they describe a history that changed) */
  dropCheckpointsFrom: number | null;
  /** drop checkpoints before this minute (out of the replay horizon) */
  pruneCheckpointsBefore: number;
};

export type AuthorQuery = { brand: string; from: number; to: number; complaint?: boolean };

/** A webhook as stored: the secret is here (it signs bodies) but never leaves the server. */
export type WebhookRecord = {
  id: string;
  name: string | null;
  url: string;
  format: WebhookFormat;
  events: WebhookEvent[];
  brands: string[];
  enabled: boolean;
  secret: string | null;
  createdAt: number;
  updatedAt: number;
};

export type WebhookRecordPatch = Partial<Omit<WebhookRecord, 'id' | 'createdAt'>>;

/** A delivery to enqueue; (webhookId, eventKey) is unique, so replays never alert twice. */
export type NewDelivery = {
  id: string;
  webhookId: string;
  eventKey: string;
  event: WebhookEvent;
  incidentId: string;
  /** the exact body that is sent and signed */
  body: string;
  createdAt: number;
};

/** A delivery claimed for sending: due, pending, and leased to this process for a while. */
export type ClaimedDelivery = {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  incidentId: string;
  body: string;
  /** attempts made before this one */
  attempts: number;
};

export type AttemptResult = {
  deliveryId: string;
  attempt: number;
  at: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** the delivery's status after this attempt */
  status: DeliveryStatus;
  nextAttemptAt: number | null;
};

export type DeliveryQuery = { webhookId: string; status?: DeliveryStatus; limit: number };

/** The incident, monitor and webhook part of the Store (see server/store/types.ts). */
export interface IncidentStore {
  upsertIncidents(incidents: readonly Incident[]): Promise<void>;
  /** Deletes the brand's incidents alerted at or after `alertFrom`, then upserts `incidents`; one transaction. */
  replaceIncidents(brand: string, alertFrom: number, incidents: readonly Incident[]): Promise<void>;
  listIncidents(query: IncidentQuery): Promise<Incident[]>;
  getIncident(id: string): Promise<Incident | null>;
  /** Distinct authors of the brand's posts over [from, to). */
  countAuthors(query: AuthorQuery): Promise<number>;

  getMonitor(brand: string): Promise<MonitorRecord | null>;
  saveMonitor(save: SaveMonitor): Promise<void>;
  /** Notes that posts arrived for `from` (the engine rewinds if it is already past it). Creates the record. */
  markMonitorRewind(brand: string, from: number): Promise<void>;
  /** The latest checkpoint at or before `t`. */
  monitorCheckpoint(brand: string, t: number): Promise<MonitorCheckpoint | null>;
  deleteMonitor(brand: string): Promise<void>;

  listWebhooks(): Promise<WebhookRecord[]>;
  getWebhook(id: string): Promise<WebhookRecord | null>;
  createWebhook(webhook: WebhookRecord): Promise<WebhookRecord>;
  updateWebhook(id: string, patch: WebhookRecordPatch): Promise<WebhookRecord | null>;
  /** Deletes the webhook with its deliveries. */
  deleteWebhook(id: string): Promise<boolean>;

  /** Returns how many were new (a duplicate (webhookId, eventKey) is skipped). */
  enqueueDeliveries(deliveries: readonly NewDelivery[]): Promise<number>;
  /** Pending deliveries due at `now` (oldest first), leased until now + leaseMs so no one else sends them. */
  claimDeliveries(now: number, limit: number, leaseMs: number): Promise<ClaimedDelivery[]>;
  recordAttempt(result: AttemptResult): Promise<void>;
  listDeliveries(query: DeliveryQuery): Promise<Delivery[]>;
}

/** The slices each backend implements in its own file (incidents.ts, webhooks.ts). */
export type IncidentPart = Pick<
  IncidentStore,
  | 'upsertIncidents'
  | 'replaceIncidents'
  | 'listIncidents'
  | 'getIncident'
  | 'countAuthors'
  | 'getMonitor'
  | 'saveMonitor'
  | 'markMonitorRewind'
  | 'monitorCheckpoint'
  | 'deleteMonitor'
>;

export type WebhookPart = Pick<
  IncidentStore,
  | 'listWebhooks'
  | 'getWebhook'
  | 'createWebhook'
  | 'updateWebhook'
  | 'deleteWebhook'
  | 'enqueueDeliveries'
  | 'claimDeliveries'
  | 'recordAttempt'
  | 'listDeliveries'
>;
