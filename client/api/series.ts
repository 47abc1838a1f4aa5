import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { SeriesResponseSchema } from '../../shared/series';
import { resolveSeriesParams, seriesQueryRecord } from '../lib/api-urls';
import type { SeriesParams } from '../lib/api-urls';
import { api, withSignal } from './client';
import { unwrapParsed } from './http';
import { usePollInterval } from './live';

export const seriesKeys = {
  range: (params: SeriesParams | null) => ['series', 'range', params] as const,
};

async function fetchSeries(params: SeriesParams, signal: AbortSignal) {
  // A relative window ("last 24 h") is resolved per request, so every refetch moves it forward.
  const query = seriesQueryRecord(resolveSeriesParams(params, Date.now()));
  return unwrapParsed(await api.api.v1.series.$get({ query }, withSignal(signal)), SeriesResponseSchema);
}

/** `params` null means "nothing to ask yet" (Explore without a brand): the query stays idle. */
export const seriesQueryOptions = (params: SeriesParams | null, refetchInterval: number | false) =>
  queryOptions({
    queryKey: seriesKeys.range(params),
    queryFn: params ? ({ signal }) => fetchSeries(params, signal) : skipToken,
    refetchInterval,
  });

/** Windows that end now poll (as a fallback to the stream); fixed windows do not change, so they do not. */
export function useSeriesQuery(params: SeriesParams | null) {
  const interval = usePollInterval();
  return useQuery(seriesQueryOptions(params, params && params.range.kind !== 'between' ? interval : false));
}
