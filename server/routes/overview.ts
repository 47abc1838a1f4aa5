import { Hono } from 'hono';
import type { StatusPageSummary } from '../../shared/overview';
import { readOverview } from '../read/overview';
import type { AppDeps } from './deps';

export const overviewRoutes = (deps: AppDeps) =>
  new Hono().get('/', async (c) => {
    const [overview, statusPages] = await Promise.all([
      readOverview(deps.store, deps.clock.now(), deps.demo),
      deps.sources?.statusPages() ?? new Map<string, StatusPageSummary>(),
    ]);
    // The brand's own status page beside the crowd signal ("green while complaints spike").
    const brands = overview.brands.map((b) => ({ ...b, statusPage: statusPages.get(b.id) ?? null }));
    return c.json({ ...overview, brands });
  });
