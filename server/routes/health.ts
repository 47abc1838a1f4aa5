import { Hono } from 'hono';
import type { Health } from '../../shared/overview';
import type { AppDeps } from './deps';

export const healthRoutes = (deps: AppDeps) =>
  new Hono().get('/', async (c) => {
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
