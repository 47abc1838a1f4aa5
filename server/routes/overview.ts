import { Hono } from 'hono';
import { readOverview } from '../read/overview';
import type { AppDeps } from './deps';

export const overviewRoutes = (deps: AppDeps) =>
  new Hono().get('/', async (c) => c.json(await readOverview(deps.store, deps.clock.now(), deps.demo)));
