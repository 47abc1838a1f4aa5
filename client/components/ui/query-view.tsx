import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { LoadingPanel } from './loading-panel';

type QueryViewProps<T> = {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'refetch'>;
  /** What to show when the data is there but has nothing to display. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  loadingHeight?: number;
  errorTitle?: string;
  children: (data: T) => ReactNode;
};

/** Loading, error and empty states in one place, so no data view forgets one. */
export function QueryView<T>({
  query,
  empty,
  isEmpty,
  loadingHeight,
  errorTitle,
  children,
}: QueryViewProps<T>) {
  if (query.data !== undefined) {
    if (empty && isEmpty?.(query.data)) return <>{empty}</>;
    return <>{children(query.data)}</>;
  }
  if (query.error)
    return <ErrorPanel title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  return <LoadingPanel height={loadingHeight} />;
}
