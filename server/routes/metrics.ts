import { Hono } from 'hono';
import { scrape } from '../metrics/scrape';
import type { AppDeps } from './deps';

/** Prometheus text exposition. Not under /api: it is for the scraper, not part of the versioned API. */
export const metricsRoutes = (deps: AppDeps) =>
  new Hono().get('/metrics', async (c) => {
    const body = await scrape(deps.metrics, { store: deps.store, sources: deps.services.sources });
    return c.body(body, 200, { 'Content-Type': deps.metrics.registry.contentType });
  });
