import { Hono } from 'hono';
import { z } from 'zod';
import { type IncidentDetail, IncidentListQuerySchema } from '../../shared/incident';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { incidentSeries } from '../incidents/series';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: z.string().min(1).max(200) });

export const incidentRoutes = (deps: AppDeps) =>
  new Hono()
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
      const id = c.req.valid('param').id;
      const incident = await deps.store.getIncident(id);
      if (!incident) throw new ApiError('not_found', `no incident with id "${id}"`);
      const detail: IncidentDetail = { ...incident, series: await incidentSeries(deps.store, incident) };
      return c.json(detail);
    });
