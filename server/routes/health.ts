import { Hono } from 'hono';
import { type Health, HealthSchema } from '../../shared/overview';
import { describe } from '../http/openapi';
import type { AppDeps } from './deps';

const healthDoc = describe({
  summary: 'Liveness and store health',
  tags: ['health'],
  access: 'open',
  ok: {
    200: { description: 'The server and its store answer', schema: HealthSchema },
    503: { description: 'The store does not answer (same body, status degraded)', schema: HealthSchema },
  },
});

export const healthRoutes = (deps: AppDeps) =>
  new Hono().get('/', healthDoc, async (c) => {
    const ok = await deps.store.ping().catch(() => false);
    const posts = ok ? await deps.store.countPosts().catch(() => undefined) : undefined;
    const body: Health = {
      status: ok ? 'ok' : 'degraded',
      version: deps.version,
      uptimeSec: Math.round((deps.clock.now() - deps.startedAt) / 1000),
      demo: deps.demo,
      store: { kind: deps.store.kind, ok, ...(posts === undefined ? {} : { posts }) },
      ...(deps.cluster ? { cluster: { role: deps.cluster.role() } } : {}),
    };
    return c.json(body, ok ? 200 : 503);
  });
