import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, withSignal } from './client';
import { unwrap } from './http';
import { usePollInterval } from './live';

export const overviewKeys = {
  current: () => ['overview', 'current', {}] as const,
};

export const overviewQueryOptions = (refetchInterval: number) =>
  queryOptions({
    queryKey: overviewKeys.current(),
    queryFn: async ({ signal }) => unwrap(await api.api.v1.overview.$get({}, withSignal(signal))),
    refetchInterval,
  });

/** Brands with their current state; shared by the shell (demo badge) and the Live page. */
export const useOverviewQuery = () => useQuery(overviewQueryOptions(usePollInterval()));

export const HEALTH_POLL_MS = 60_000;

export const healthKeys = {
  current: () => ['health', 'current', {}] as const,
};

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.current(),
    queryFn: async ({ signal }) => unwrap(await api.api.health.$get({}, withSignal(signal))),
    refetchInterval: HEALTH_POLL_MS,
  });

export const useHealthQuery = () => useQuery(healthQueryOptions());
