import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { formatShortDateTime } from '../../lib/format';
import { ErrorPanel } from './error-panel';
import { LoadingPanel } from './loading-panel';

type QueryViewProps<T> = {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'refetch' | 'isRefetchError' | 'dataUpdatedAt'>;
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
    // Keep showing what we have, but never let old numbers pass for live ones.
    const stale = query.isRefetchError ? (
      <p className="stale-note" role="status">
        Could not refresh; showing data from {formatShortDateTime(query.dataUpdatedAt)}.
      </p>
    ) : null;
    return (
      <>
        {stale}
        {empty && isEmpty?.(query.data) ? empty : children(query.data)}
      </>
    );
  }
  if (query.error)
    return <ErrorPanel title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  return <LoadingPanel height={loadingHeight} />;
}
