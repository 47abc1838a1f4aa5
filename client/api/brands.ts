import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, withSignal } from './client';
import { unwrap } from './http';

/** Brands change rarely (admin edits), so they are cached for a while rather than polled. */
export const BRANDS_STALE_MS = 5 * 60_000;

export const brandKeys = {
  list: () => ['brands', 'list', {}] as const,
};

export const brandsQueryOptions = () =>
  queryOptions({
    queryKey: brandKeys.list(),
    queryFn: async ({ signal }) => unwrap(await api.api.v1.brands.$get({}, withSignal(signal))),
    staleTime: BRANDS_STALE_MS,
  });

export const useBrandsQuery = () => useQuery(brandsQueryOptions());
