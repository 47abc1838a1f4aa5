import { Hono } from 'hono';
import { z } from 'zod';
import { IncidentListQuerySchema, IncidentListSchema } from '../../shared/incident';
import { IncidentDetailResponseSchema, IncidentReportSchema, ReportQuerySchema } from '../../shared/report';
import { describe } from '../http/openapi';
import { validate } from '../http/validate';
import { reportMarkdown } from '../incidents/report-md';
import type { AppDeps } from './deps';

const IdParam = z.object({ id: z.string().min(1).max(200) });

const tags: ['incidents'] = ['incidents'];
const MOVED = {
  description:
    'A re-analysis (late posts, a backfill) merged or re-dated the incident: `Location` names the incident that ' +
    "now covers the old id's start",
};
const doc = {
  list: describe({
    summary: 'List incidents, newest start first',
    tags,
    access: 'read',
    ok: { 200: { description: 'The incidents', schema: IncidentListSchema } },
  }),
  get: describe({
    summary: 'One incident with its minute series and communication analysis',
    tags,
    access: 'read',
    ok: { 200: { description: 'The incident', schema: IncidentDetailResponseSchema }, 308: MOVED },
    errors: ['not_found'],
  }),
  report: describe({
    summary: 'The executive report of one incident',
    description:
      '`format=md` is a Markdown download (an export: an analyst or admin token when reads need a token).',
    tags,
    access: 'read',
    ok: {
      200: {
        description: 'The report (JSON) or its Markdown',
        schema: IncidentReportSchema,
        media: { 'text/markdown': 'the same report as Markdown' },
      },
      308: MOVED,
    },
    errors: ['not_found'],
  }),
};

export const incidentRoutes = (deps: AppDeps) => {
  const incidents = deps.services.incidents;
  return new Hono()
    .get('/', doc.list, validate('query', IncidentListQuerySchema), async (c) =>
      c.json({ items: await incidents.list(c.req.valid('query')) }),
    )
    .get('/:id', doc.get, validate('param', IdParam), async (c) => {
      const id = c.req.valid('param').id;
      const moved = await incidents.movedTo(id);
      if (moved) return c.redirect(`/api/v1/incidents/${encodeURIComponent(moved)}`, 308);
      const { detail, communication } = await incidents.detail(id);
      return c.json({ ...detail, communication });
    })
    .get(
      '/:id/report',
      doc.report,
      validate('param', IdParam),
      validate('query', ReportQuerySchema),
      async (c) => {
        const id = c.req.valid('param').id;
        const moved = await incidents.movedTo(id);
        if (moved) {
          const query = new URL(c.req.url).search;
          return c.redirect(`/api/v1/incidents/${encodeURIComponent(moved)}/report${query}`, 308);
        }
        const report = await incidents.report(id);
        if (c.req.valid('query').format === 'json') return c.json(report);
        c.header('Content-Type', 'text/markdown; charset=utf-8');
        c.header('Content-Disposition', `attachment; filename="outcry-incident-${report.incident.brand}.md"`);
        return c.body(reportMarkdown(report));
      },
    );
};
