import { queryOptions, skipToken, useQueries, useQuery } from '@tanstack/react-query';
import { CommunicationReportSchema } from '../../shared/communication';
import { IncidentDetailSchema, IncidentListSchema } from '../../shared/incident';
import { PageSchema, PostSchema } from '../../shared/post';
import { IncidentReportSchema } from '../../shared/report';
import { postsQueryRecord } from '../lib/api-urls';
import type { IncidentListParams } from '../lib/incident-filters';
import { listQueryRecord } from '../lib/incident-filters';
import { api, withSignal } from './client';
import { unwrapParsed } from './http';
import { usePollInterval } from './live';

/** Detail with the communication figures; older servers send none, which the page explains. */
export const IncidentWithCommSchema = IncidentDetailSchema.extend({
  communication: CommunicationReportSchema.nullable().optional(),
});
const OfficialPageSchema = PageSchema(PostSchema);

/** Enough official posts for any incident; a brand posting more than this in a day is not silent. */
export const OFFICIAL_POSTS_LIMIT = 200;
/** The report page of an open incident refreshes its figures at least this often. */
export const OPEN_INCIDENT_POLL_MS = 30_000;

/** Where to read official posts from: a window relative to now, or a fixed instant onwards. */
export type OfficialSince =
  | { kind: 'last'; ms: number }
  | { kind: 'from'; at: string }
  | { kind: 'between'; from: string; to: string };

export const incidentKeys = {
  list: (params: IncidentListParams) => ['incidents', 'list', params] as const,
  detail: (id: string) => ['incidents', 'detail', { id }] as const,
  report: (id: string) => ['incidents', 'report', { id }] as const,
};
export const officialKeys = {
  since: (brand: string, since: OfficialSince) => ['posts', 'official', { brand, since }] as const,
};

export const incidentListQueryOptions = (params: IncidentListParams | null, refetchInterval: number) =>
  queryOptions({
    queryKey: incidentKeys.list(params ?? { range: { kind: 'last', ms: 0 } }),
    queryFn: params
      ? async ({ signal }) => {
          // A relative window is resolved per request, so every refetch moves it forward.
          const query = listQueryRecord(params, Date.now());
          return unwrapParsed(
            await api.api.v1.incidents.$get({ query }, withSignal(signal)),
            IncidentListSchema,
          );
        }
      : skipToken,
    refetchInterval,
  });

/** Incidents for a list or a chart; refreshed by `incident` stream events, polled as a fallback. */
export const useIncidentListQuery = (params: IncidentListParams | null) =>
  useQuery(incidentListQueryOptions(params, usePollInterval()));

export const incidentDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: incidentKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrapParsed(
        await api.api.v1.incidents[':id'].$get({ param: { id } }, withSignal(signal)),
        IncidentWithCommSchema,
      ),
    // An open incident's figures keep changing; a resolved one's do not.
    refetchInterval: (query) => (query.state.data?.endAt === null ? OPEN_INCIDENT_POLL_MS : false),
  });

export const useIncidentDetailQuery = (id: string | null) =>
  useQuery({ ...incidentDetailQueryOptions(id ?? ''), enabled: id !== null });

/** Several incidents' details at once, for Compare. */
export const useIncidentDetailQueries = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => incidentDetailQueryOptions(id)) });

export const incidentReportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: incidentKeys.report(id),
    queryFn: async ({ signal }) =>
      unwrapParsed(
        await api.api.v1.incidents[':id'].report.$get(
          { param: { id }, query: { format: 'json' } },
          withSignal(signal),
        ),
        IncidentReportSchema,
      ),
    refetchInterval: (query) => (query.state.data?.incident.endAt === null ? OPEN_INCIDENT_POLL_MS : false),
  });

/** Several incidents' reports (headline + communication + series) at once, for Compare. */
export const useIncidentReportQueries = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => incidentReportQueryOptions(id)) });

export const officialPostsQueryOptions = (brand: string, since: OfficialSince, refetchInterval: number) =>
  queryOptions({
    queryKey: officialKeys.since(brand, since),
    queryFn: async ({ signal }) => {
      const window =
        since.kind === 'between'
          ? { from: since.from, to: since.to }
          : { from: since.kind === 'from' ? since.at : new Date(Date.now() - since.ms).toISOString() };
      const query = postsQueryRecord({ brand, official: true, ...window, limit: OFFICIAL_POSTS_LIMIT });
      return unwrapParsed(await api.api.v1.posts.$get({ query }, withSignal(signal)), OfficialPageSchema);
    },
    refetchInterval,
  });

/** The brand's own posts (statements and replies), newest first, for chart markers and the clocks. */
export const useOfficialPostsQuery = (brand: string | null, since: OfficialSince) =>
  useQuery({ ...officialPostsQueryOptions(brand ?? '', since, usePollInterval()), enabled: brand !== null });

/** The report as a file (`md`) or JSON, for the download link. */
export const incidentReportHref = (id: string, format: 'md' | 'json' = 'md'): string =>
  `/api/v1/incidents/${encodeURIComponent(id)}/report${format === 'md' ? '?format=md' : ''}`;
