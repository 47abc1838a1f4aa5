import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SeriesResponseSchema } from '../../shared/series';
import { resolveSeriesParams, seriesQueryRecord } from '../lib/api-urls';
import type { SeriesParams } from '../lib/api-urls';
import { getJson } from './http';
import { usePollInterval } from './live';

export const seriesKeys = {
  range: (params: SeriesParams) => ['series', 'range', params] as const,
};

export const seriesQueryOptions = (params: SeriesParams, refetchInterval: number | false) =>
  queryOptions({
    queryKey: seriesKeys.range(params),
    // A relative window ("last 24 h") is resolved here, so every refetch moves it forward.
    queryFn: ({ signal }) =>
      getJson(
        '/api/v1/series',
        seriesQueryRecord(resolveSeriesParams(params, Date.now())),
        SeriesResponseSchema,
        signal,
      ),
    refetchInterval,
    placeholderData: keepPreviousData,
  });

export function useSeriesQuery(params: SeriesParams | null) {
  const interval = usePollInterval();
  const live = params?.range.kind === 'last';
  return useQuery({
    ...seriesQueryOptions(
      params ?? { brand: '', range: { kind: 'last', id: '24h' }, bucket: '15m' },
      live ? interval : false,
    ),
    enabled: params !== null,
  });
}
