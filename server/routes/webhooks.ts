import { Hono } from 'hono';
import { z } from 'zod';
import {
  DeliveryListQuerySchema,
  DeliveryListSchema,
  WebhookInputSchema,
  WebhookListSchema,
  WebhookPatchSchema,
  WebhookSchema,
} from '../../shared/webhook';
import { requireAdmin } from '../http/auth';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
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

/** Outgoing webhooks (admin token for everything: URLs of chat webhooks are secrets too). */
export const webhookRoutes = (deps: AppDeps) => {
  const webhooks = deps.services.webhooks;
  return new Hono()
    .use(requireAdmin(deps.auth))
    .get('/', doc.list, async (c) => c.json({ items: await webhooks.list() }))
    .post('/', doc.create, validate('json', WebhookInputSchema), async (c) =>
      c.json(await webhooks.create(c.req.valid('json')), 201),
    )
    .get('/:id', doc.get, validate('param', IdParam), async (c) =>
      c.json(await webhooks.get(c.req.valid('param').id)),
    )
    .patch('/:id', doc.update, validate('param', IdParam), validate('json', WebhookPatchSchema), async (c) =>
      c.json(await webhooks.update(c.req.valid('param').id, c.req.valid('json'))),
    )
    .delete('/:id', doc.remove, validate('param', IdParam), async (c) => {
      await webhooks.remove(c.req.valid('param').id);
      return c.body(null, 204);
    })
    .get(
      '/:id/deliveries',
      doc.deliveries,
      validate('param', IdParam),
      validate('query', DeliveryListQuerySchema),
      async (c) => {
        const q = c.req.valid('query');
        const items = await webhooks.deliveries(c.req.valid('param').id, {
          limit: q.limit,
          ...(q.status ? { status: q.status } : {}),
        });
        return c.json({ items });
      },
    );
};
