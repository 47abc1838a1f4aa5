import { Hono } from 'hono';
import { BacktestQuerySchema, BacktestRequestSchema } from '../../shared/backtest';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { backtest } from '../incidents/backtest';
import type { AppDeps } from './deps';

/**
 * What the detector would have raised on stored history (read-only; `outcry backtest` prints the same).
 * GET replays; POST also scores the incidents against labelled outages.
 */
export const backtestRoutes = (deps: AppDeps) => {
  const run = async (brand: string | undefined, labels?: Parameters<typeof backtest>[1]['labels']) => {
    if (brand !== undefined && !(await deps.store.getBrand(brand)))
      throw new ApiError('not_found', `no brand with id "${brand}"`);
    return backtest(deps.store, {
      ...(brand === undefined ? {} : { brand }),
      ...(labels === undefined ? {} : { labels }),
      now: deps.clock.now(),
    });
  };
  return new Hono()
    .get('/', validate('query', BacktestQuerySchema), async (c) =>
      c.json(await run(c.req.valid('query').brand)),
    )
    .post('/', validate('json', BacktestRequestSchema), async (c) => {
      const body = c.req.valid('json');
      return c.json(await run(body.brand, body.labels));
    });
};
