import { z } from 'zod';
import { BrandIdSchema } from './brand';
import { IncidentSchema } from './incident';
import { HttpUrlSchema } from './post';

/** The incident events a webhook can be sent on (updates and reopens are not alerts). */
export const WEBHOOK_EVENTS = ['open', 'escalate', 'resolve'] as const;
export const WebhookEventSchema = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

/** `generic`: the JSON below; `slack`: Slack-compatible `{ text, blocks }` (also Mattermost, Discord /slack). */
export const WEBHOOK_FORMATS = ['generic', 'slack'] as const;
export const WebhookFormatSchema = z.enum(WEBHOOK_FORMATS);
export type WebhookFormat = z.infer<typeof WebhookFormatSchema>;

// fetch() refuses a URL with a user name or password, so such a webhook could never be delivered.
const WebhookUrlSchema = HttpUrlSchema.refine((u) => {
  try {
    const url = new URL(u);
    return url.username === '' && url.password === '';
  } catch {
    return true;
  }
}, 'must not contain a user name or password; sign requests with `secret` instead');

const SecretSchema = z.string().min(16, 'must be at least 16 characters').max(256);

/** POST /api/v1/webhooks. The secret is write-only: no response ever contains it. */
export const WebhookInputSchema = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  url: WebhookUrlSchema,
  format: WebhookFormatSchema.default('generic'),
  events: z
    .array(WebhookEventSchema)
    .min(1)
    .default([...WEBHOOK_EVENTS]),
  /** only incidents of these brands; empty = every brand */
  brands: z.array(BrandIdSchema).max(200).default([]),
  enabled: z.boolean().default(true),
  /** signs each body: X-Outcry-Signature: sha256=HMAC-SHA256(secret, raw body) in hex */
  secret: SecretSchema.optional(),
});
export type WebhookInput = z.output<typeof WebhookInputSchema>;

/** PATCH /api/v1/webhooks/:id; `secret: null` removes the secret. */
export const WebhookPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(100).nullable(),
    url: WebhookUrlSchema,
    format: WebhookFormatSchema,
    events: z.array(WebhookEventSchema).min(1),
    brands: z.array(BrandIdSchema).max(200),
    enabled: z.boolean(),
    secret: SecretSchema.nullable(),
  })
  .partial();
export type WebhookPatch = z.output<typeof WebhookPatchSchema>;

export const WebhookSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  url: z.string(),
  format: WebhookFormatSchema,
  events: z.array(WebhookEventSchema),
  brands: z.array(z.string()),
  enabled: z.boolean(),
  hasSecret: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Webhook = z.infer<typeof WebhookSchema>;

export const WebhookListSchema = z.object({ items: z.array(WebhookSchema) });

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export const DeliveryStatusSchema = z.enum(DELIVERY_STATUSES);
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;

/** One HTTP attempt. `statusCode` is null when no response came (network error, timeout). */
export const DeliveryAttemptSchema = z.object({
  attempt: z.number().int(),
  at: z.string(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
  /** when the next attempt is due; null once delivered or given up */
  nextAttemptAt: z.string().nullable(),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttemptSchema>;

/** One incident event to one webhook, with its attempts (oldest first). */
export const DeliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  event: WebhookEventSchema,
  incidentId: z.string(),
  status: DeliveryStatusSchema,
  attempts: z.array(DeliveryAttemptSchema),
  createdAt: z.string(),
  nextAttemptAt: z.string().nullable(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const DeliveryListSchema = z.object({ items: z.array(DeliverySchema) });

export const DeliveryListQuerySchema = z.object({
  status: DeliveryStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The `generic` body (`Content-Type: application/json`). */
export const WebhookPayloadSchema = z.object({
  type: z.enum(['incident.open', 'incident.escalate', 'incident.resolve']),
  deliveryId: z.string(),
  /** end of the minute in which the event happened */
  occurredAt: z.string(),
  brand: z.object({ id: z.string(), name: z.string() }),
  incident: IncidentSchema,
});
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;

/** The `slack` body: Slack incoming-webhook message (Block Kit). */
export const SlackPayloadSchema = z.object({
  text: z.string(),
  blocks: z.array(z.record(z.string(), z.unknown())),
});
export type SlackPayload = z.infer<typeof SlackPayloadSchema>;
