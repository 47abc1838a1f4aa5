import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bearer } from '../lib/admin-token';
import type { SourceCreateInput, SourcePatchInput } from '../lib/source-form';
import { api, withSignal } from './client';
import { toApiError, unwrap } from './http';
import { overviewKeys } from './overview';

/** Health changes with every poll; the page is small, so it simply refreshes often while open. */
export const SOURCES_POLL_MS = 5_000;

export const sourceKeys = {
  list: () => ['sources', 'list', {}] as const,
};

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: sourceKeys.list(),
    queryFn: async ({ signal }) => unwrap(await api.api.v1.sources.$get({}, withSignal(signal))),
    refetchInterval: SOURCES_POLL_MS,
  });

export const useSourcesQuery = () => useQuery(sourcesQueryOptions());

/** After any change: the list, and the overview (a status page source feeds the Live page). */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sourceKeys.list() }),
      queryClient.invalidateQueries({ queryKey: overviewKeys.current() }),
    ]);
}

export function useCreateSource(token: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: SourceCreateInput) =>
      unwrap(await api.api.v1.sources.$post({ json: input }, bearer(token))),
    onSuccess: invalidate,
  });
}

export function useUpdateSource(token: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: SourcePatchInput }) =>
      unwrap(await api.api.v1.sources[':id'].$patch({ param: { id }, json: patch }, bearer(token))),
    onSuccess: invalidate,
  });
}

export function useDeleteSource(token: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => {
      const res = await api.api.v1.sources[':id'].$delete({ param: { id } }, bearer(token));
      if (!res.ok) throw await toApiError(res);
    },
    onSuccess: invalidate,
  });
}

export function usePollSource(token: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.api.v1.sources[':id'].poll.$post({ param: { id } }, bearer(token))),
    onSuccess: invalidate,
  });
}
