import { randomBytes } from 'node:crypto';
import { redactUrl } from '../../shared/redact';
import { toIso } from '../../shared/time';
import type { Delivery, Webhook, WebhookInput, WebhookPatch } from '../../shared/webhook';
import type { Clock } from '../clock';
import {
  BlockedAddressError,
  type NetworkPolicy,
  assertUrlAllowed,
  explainBlocked,
} from '../feeds/safe-fetch-policy';
import type { DeliveryQuery, WebhookRecord, WebhookRecordPatch } from '../store/incident-types';
import type { Store } from '../store/types';
import { Invalid, NotFound, invalid } from './errors';

/** The secret never leaves the server: a response only says whether there is one. */
export const webhookToWire = (w: WebhookRecord): Webhook => ({
  id: w.id,
  name: w.name,
  url: redactUrl(w.url),
  format: w.format,
  events: w.events,
  brands: w.brands,
  enabled: w.enabled,
  hasSecret: w.secret !== null,
  createdAt: toIso(w.createdAt),
  updatedAt: toIso(w.updatedAt),
});

export type WebhookService = ReturnType<typeof createWebhookService>;

/**
 * Outgoing webhooks. The dispatcher of every instance reads webhooks from the store for each alert and
 * each attempt, so a change applies cluster-wide with the write itself.
 */
export function createWebhookService(deps: { store: Store; clock: Clock; webhookPolicy: NetworkPolicy }) {
  const { store } = deps;

  function checkUrl(url: string | undefined): void {
    if (url === undefined) return;
    try {
      assertUrlAllowed(new URL(url), deps.webhookPolicy, ['http:', 'https:']);
    } catch (err) {
      if (!(err instanceof BlockedAddressError)) throw err;
      throw invalid('json', 'url', explainBlocked(err, deps.webhookPolicy, 'OUTCRY_WEBHOOKS_ALLOW_PRIVATE'));
    }
  }
  const missing = (id: string) => new NotFound(`no webhook with id "${id}"`);

  async function checkBrands(brands: readonly string[] | undefined): Promise<void> {
    if (!brands || brands.length === 0) return;
    const known = new Set((await store.listBrands()).map((b) => b.id));
    const issues = brands.flatMap((b, i) =>
      known.has(b)
        ? []
        : [{ where: 'json' as const, path: `brands.${i}`, message: `no brand with id "${b}"` }],
    );
    const first = issues[0];
    if (first) throw new Invalid(`json ${first.path}: ${first.message}`, issues);
  }

  async function record(id: string): Promise<WebhookRecord> {
    const hook = await store.getWebhook(id);
    if (!hook) throw missing(id);
    return hook;
  }

  return {
    list: async (): Promise<Webhook[]> => (await store.listWebhooks()).map(webhookToWire),
    get: async (id: string): Promise<Webhook> => webhookToWire(await record(id)),
    async create(input: WebhookInput): Promise<Webhook> {
      checkUrl(input.url);
      await checkBrands(input.brands);
      const now = deps.clock.now();
      const hook: WebhookRecord = {
        id: `wh_${randomBytes(8).toString('hex')}`,
        name: input.name ?? null,
        url: input.url,
        format: input.format,
        events: [...new Set(input.events)],
        brands: [...new Set(input.brands)],
        enabled: input.enabled,
        secret: input.secret ?? null,
        createdAt: now,
        updatedAt: now,
      };
      await store.createWebhook(hook);
      return webhookToWire(hook);
    },
    async update(id: string, patch: WebhookPatch): Promise<Webhook> {
      checkUrl(patch.url);
      await checkBrands(patch.brands);
      const changes: WebhookRecordPatch = { updatedAt: deps.clock.now() };
      for (const key of ['name', 'url', 'format', 'enabled', 'secret'] as const)
        if (patch[key] !== undefined) Object.assign(changes, { [key]: patch[key] });
      if (patch.events) changes.events = [...new Set(patch.events)];
      if (patch.brands) changes.brands = [...new Set(patch.brands)];
      const updated = await store.updateWebhook(id, changes);
      if (!updated) throw missing(id);
      return webhookToWire(updated);
    },
    async remove(id: string): Promise<void> {
      if (!(await store.deleteWebhook(id))) throw missing(id);
    },
    async deliveries(id: string, query: Omit<DeliveryQuery, 'webhookId'>): Promise<Delivery[]> {
      const hook = await record(id);
      return store.listDeliveries({ ...query, webhookId: hook.id });
    },
  };
}
