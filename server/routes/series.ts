import { Hono } from 'hono';
import { SeriesQuerySchema } from '../../shared/series';
import { csvLine } from '../http/csv';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { SERIES_CSV_COLUMNS, readSeries } from '../read/series';
import type { AppDeps } from './deps';

export const seriesRoutes = (deps: AppDeps) =>
  new Hono().get('/', validate('query', SeriesQuerySchema), async (c) => {
    const { format, ...q } = c.req.valid('query');
    if (!(await deps.store.getBrand(q.brand)))
      throw new ApiError('not_found', `no brand with id "${q.brand}"`);
    const series = await readSeries(deps.store, q, deps.clock.now());
    if (format === 'json') return c.json(series);
    const categories = [...new Set(series.points.flatMap((p) => Object.keys(p.categories)))].sort();
    const header = csvLine([...SERIES_CSV_COLUMNS, ...categories.map((k) => `category_${k}`)]);
    const body = series.points
      .map((p) =>
        csvLine([...SERIES_CSV_COLUMNS.map((k) => p[k]), ...categories.map((k) => p.categories[k] ?? 0)]),
      )
      .join('');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="outcry-series-${q.brand}-${q.bucket}.csv"`);
    return c.body(header + body);
  });
