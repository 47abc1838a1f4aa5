import { Hono } from 'hono';
import { z } from 'zod';
import { type IncidentDetail, IncidentListQuerySchema } from '../../shared/incident';
import { ReportQuerySchema } from '../../shared/report';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { incidentCommunication } from '../incidents/communication';
import { buildReport } from '../incidents/report';
import { reportMarkdown } from '../incidents/report-md';
import { incidentSeries } from '../incidents/series';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: z.string().min(1).max(200) });

export const incidentRoutes = (deps: AppDeps) => {
  const load = async (id: string) => {
    const incident = await deps.store.getIncident(id);
    if (!incident) throw new ApiError('not_found', `no incident with id "${id}"`);
    const detail: IncidentDetail = { ...incident, series: await incidentSeries(deps.store, incident) };
    const communication = await incidentCommunication(
      deps.store,
      incident,
      detail.series,
      deps.clock.now(),
      deps.commTargets ?? {},
    );
    return { detail, communication };
  };
  return new Hono()
    .get('/', validate('query', IncidentListQuerySchema), async (c) => {
      const q = c.req.valid('query');
      if (q.from !== undefined && q.to !== undefined && q.from >= q.to)
        throw new ApiError('validation_failed', 'query from: must be before to', [
          { where: 'query', path: 'from', message: 'must be before to' },
        ]);
      const items = await deps.store.listIncidents({
        limit: q.limit,
        ...(q.brand === undefined ? {} : { brand: q.brand }),
        ...(q.from === undefined ? {} : { from: q.from }),
        ...(q.to === undefined ? {} : { to: q.to }),
        ...(q.status === undefined ? {} : { status: q.status }),
      });
      return c.json({ items });
    })
    .get('/:id', validate('param', IdParam), async (c) => {
      const { detail, communication } = await load(c.req.valid('param').id);
      return c.json({ ...detail, communication });
    })
    .get('/:id/report', validate('param', IdParam), validate('query', ReportQuerySchema), async (c) => {
      const { detail, communication } = await load(c.req.valid('param').id);
      const brand = await deps.store.getBrand(detail.brand);
      const report = buildReport(brand?.name ?? detail.brand, detail, communication, deps.clock.now());
      if (c.req.valid('query').format === 'json') return c.json(report);
      c.header('Content-Type', 'text/markdown; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="outcry-incident-${detail.brand}.md"`);
      return c.body(reportMarkdown(report));
    });
};
