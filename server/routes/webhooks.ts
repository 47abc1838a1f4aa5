import {
  BlockedAddressError,
  DEFAULT_NETWORK_POLICY,
  type NetworkPolicy,
  assertUrlAllowed,
  explainBlocked,
} from '../feeds/safe-fetch-policy';
import { redactUrl } from '../../shared/redact';
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { toIso } from '../../shared/time';
import {
  DeliveryListQuerySchema,
  DeliveryListSchema,
  type Webhook,
  WebhookInputSchema,
  WebhookListSchema,
  WebhookPatchSchema,
  WebhookSchema,
} from '../../shared/webhook';
import { requireAdmin } from '../http/auth';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import type { WebhookRecord, WebhookRecordPatch } from '../store/incident-types';
import type { Store } from '../store/types';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: z.string().min(1).max(64) });

const tags: ['webhooks'] = ['webhooks'];
const doc = {
  list: describe({
    summary: 'List webhooks, oldest first',
    tags,
    access: 'admin',
    ok: { 200: { description: 'Every webhook', schema: WebhookListSchema } },
  }),
  create: describe({
    summary: 'Add a webhook',
    tags,
    access: 'admin',
    ok: { 201: { description: 'The webhook created', schema: WebhookSchema } },
  }),
  get: describe({
    summary: 'One webhook',
    tags,
    access: 'admin',
    ok: { 200: { description: 'The webhook', schema: WebhookSchema } },
    errors: ['not_found'],
  }),
  update: describe({
    summary: 'Change a webhook',
    tags,
    access: 'admin',
    ok: { 200: { description: 'The webhook changed', schema: WebhookSchema } },
    errors: ['not_found'],
  }),
  remove: describe({
    summary: 'Delete a webhook with its deliveries',
    tags,
    access: 'admin',
    ok: { 204: { description: 'Deleted' } },
    errors: ['not_found'],
  }),
  deliveries: describe({
    summary: "A webhook's deliveries, newest first",
    tags,
    access: 'admin',
    ok: { 200: { description: 'The deliveries', schema: DeliveryListSchema } },
    errors: ['not_found'],
  }),
};

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

async function checkBrands(store: Store, brands: readonly string[] | undefined): Promise<void> {
  if (!brands || brands.length === 0) return;
  const known = new Set((await store.listBrands()).map((b) => b.id));
  const issues = brands.flatMap((b, i) =>
    known.has(b) ? [] : [{ where: 'json', path: `brands.${i}`, message: `no brand with id "${b}"` }],
  );
  const first = issues[0];
  if (first) throw new ApiError('validation_failed', `json ${first.path}: ${first.message}`, issues);
}

/** The literal checks (scheme, metadata names, IP literals); every resolved address is checked on send. */
function checkUrl(url: string | undefined, policy: NetworkPolicy): void {
  if (url === undefined) return;
  try {
    assertUrlAllowed(new URL(url), policy, ['http:', 'https:']);
  } catch (err) {
    if (!(err instanceof BlockedAddressError)) throw err;
    const message = explainBlocked(err, policy, 'OUTCRY_WEBHOOKS_ALLOW_PRIVATE');
    throw new ApiError('validation_failed', `json url: ${message}`, [
      { where: 'json', path: 'url', message },
    ]);
  }
}

/** Outgoing webhooks (admin token for everything: URLs of chat webhooks are secrets too). */
export const webhookRoutes = (deps: AppDeps) => {
  const mustExist = async (id: string): Promise<WebhookRecord> => {
    const hook = await deps.store.getWebhook(id);
    if (!hook) throw new ApiError('not_found', `no webhook with id "${id}"`);
    return hook;
  };
  return new Hono()
    .use(requireAdmin(deps.auth))
    .get('/', doc.list, async (c) => c.json({ items: (await deps.store.listWebhooks()).map(webhookToWire) }))
    .post('/', doc.create, validate('json', WebhookInputSchema), async (c) => {
      const input = c.req.valid('json');
      checkUrl(input.url, deps.webhookPolicy ?? DEFAULT_NETWORK_POLICY);
      await checkBrands(deps.store, input.brands);
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
      await deps.store.createWebhook(hook);
      return c.json(webhookToWire(hook), 201);
    })
    .get('/:id', doc.get, validate('param', IdParam), async (c) =>
      c.json(webhookToWire(await mustExist(c.req.valid('param').id))),
    )
    .patch(
      '/:id',
      doc.update,
      validate('param', IdParam),
      validate('json', WebhookPatchSchema),
      async (c) => {
        const patch = c.req.valid('json');
        checkUrl(patch.url, deps.webhookPolicy ?? DEFAULT_NETWORK_POLICY);
        await checkBrands(deps.store, patch.brands);
        const changes: WebhookRecordPatch = { updatedAt: deps.clock.now() };
        for (const key of ['name', 'url', 'format', 'enabled', 'secret'] as const)
          if (patch[key] !== undefined) Object.assign(changes, { [key]: patch[key] });
        if (patch.events) changes.events = [...new Set(patch.events)];
        if (patch.brands) changes.brands = [...new Set(patch.brands)];
        const updated = await deps.store.updateWebhook(c.req.valid('param').id, changes);
        if (!updated) throw new ApiError('not_found', `no webhook with id "${c.req.valid('param').id}"`);
        return c.json(webhookToWire(updated));
      },
    )
    .delete('/:id', doc.remove, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      if (!(await deps.store.deleteWebhook(id)))
        throw new ApiError('not_found', `no webhook with id "${id}"`);
      return c.body(null, 204);
    })
    .get(
      '/:id/deliveries',
      doc.deliveries,
      validate('param', IdParam),
      validate('query', DeliveryListQuerySchema),
      async (c) => {
        const id = (await mustExist(c.req.valid('param').id)).id;
        const q = c.req.valid('query');
        const items = await deps.store.listDeliveries({
          webhookId: id,
          limit: q.limit,
          ...(q.status ? { status: q.status } : {}),
        });
        return c.json({ items });
      },
    );
};
