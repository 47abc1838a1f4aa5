import { Hono } from 'hono';
import { OverviewSchema } from '../../shared/overview';
import { describe } from '../http/openapi';
import { readOverview } from '../read/overview';
import type { AppDeps } from './deps';

const overviewDoc = describe({
  summary: "Every brand's state right now",
  tags: ['overview'],
  access: 'read',
  ok: { 200: { description: 'The overview', schema: OverviewSchema } },
});

export const overviewRoutes = (deps: AppDeps) =>
  new Hono().get('/', overviewDoc, async (c) => {
    const [overview, statusPages] = await Promise.all([
      readOverview(deps.store, deps.clock.now(), deps.demo),
      deps.services.sources.statusPages(),
    ]);
    // The brand's own status page beside the crowd signal ("green while complaints spike").
    const brands = overview.brands.map((b) => ({ ...b, statusPage: statusPages.get(b.id) ?? null }));
    return c.json({ ...overview, brands });
  });
