import { Hono } from 'hono';
import {
  type BacktestLabel,
  BacktestQuerySchema,
  BacktestRequestSchema,
  BacktestResponseSchema,
} from '../../shared/backtest';
import { ApiError } from '../http/errors';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import { backtest } from '../incidents/backtest';
import type { AppDeps } from './deps';

const ok = {
  200: {
    description: 'The incidents the detector would have raised, per brand',
    schema: BacktestResponseSchema,
  },
};
const getDoc = describe({
  summary: 'Backtest: replay stored history through the detector',
  description:
    'Replays the stored complaints of every brand (or `brand`) from its first post, whatever its age, and lists ' +
    'the incidents the detector would have raised. Read-only: stored incidents are left alone.',
  tags: ['incidents'],
  access: 'read',
  ok,
  errors: ['not_found'],
});
const postDoc = describe({
  summary: 'Backtest scored against labelled outages',
  description:
    'The same replay, with each incident matched to the labelled outages it overlaps (30 minutes of slack) and ' +
    'precision, recall and the median alert delay after the labelled start.',
  tags: ['incidents'],
  access: 'read',
  ok,
  errors: ['not_found'],
});

/** What the detector would have raised on stored history (`outcry backtest` prints the same). */
export const backtestRoutes = (deps: AppDeps) => {
  const run = async (brand: string | undefined, labels?: BacktestLabel[]) => {
    if (brand !== undefined && !(await deps.store.getBrand(brand)))
      throw new ApiError('not_found', `no brand with id "${brand}"`);
    return backtest(deps.store, {
      ...(brand === undefined ? {} : { brand }),
      ...(labels === undefined ? {} : { labels }),
      now: deps.clock.now(),
    });
  };
  return new Hono()
    .get('/', getDoc, validate('query', BacktestQuerySchema), async (c) =>
      c.json(await run(c.req.valid('query').brand)),
    )
    .post('/', postDoc, validate('json', BacktestRequestSchema), async (c) => {
      const body = c.req.valid('json');
      return c.json(await run(body.brand, body.labels));
    });
};
