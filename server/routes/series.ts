import { Hono } from 'hono';
import { DEFAULT_CATEGORIES } from '../../shared/enums';
import { SeriesQuerySchema, SeriesResponseSchema } from '../../shared/series';
import { csvLine } from '../http/csv';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import { SERIES_CSV_COLUMNS, categoryColumns } from '../read/series';
import type { AppDeps } from './deps';

const seriesDoc = describe({
  summary: "A brand's time series",
  description: '`format=csv` is a download (an export: an analyst or admin token when reads need a token).',
  tags: ['series'],
  access: 'read',
  ok: {
    200: {
      description: 'The series (JSON) or its CSV',
      schema: SeriesResponseSchema,
      media: { 'text/csv': 'one row per bucket, a category_<id> column per category of the taxonomy' },
    },
  },
  errors: ['not_found'],
});

export const seriesRoutes = (deps: AppDeps) =>
  new Hono().get('/', seriesDoc, validate('query', SeriesQuerySchema), async (c) => {
    const { format, ...q } = c.req.valid('query');
    const series = await deps.services.series.read(q);
    if (format === 'json') return c.json(series);
    const categories = categoryColumns(
      DEFAULT_CATEGORIES,
      series.points.flatMap((p) => Object.keys(p.categories)),
    );
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
