import { Link, useParams } from 'react-router';
import { useBrandsQuery } from '../../api/brands';
import { ApiRequestError } from '../../api/http';
import { useIncidentDetailQuery } from '../../api/incidents';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorPanel } from '../../components/ui/error-panel';
import { LoadingPanel } from '../../components/ui/loading-panel';
import { IncidentReport } from './incident-report';

/** /incidents/:id: the report of one incident, on screen and on paper. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const detail = useIncidentDetailQuery(id);
  const brands = useBrandsQuery();

  if (detail.data === undefined) {
    if (detail.error instanceof ApiRequestError && detail.error.status === 404) {
      return (
        <EmptyState title="No such incident" action={<Link to="/incidents">See all incidents</Link>}>
          There is no incident with the id “{id}”. It may have been replaced when its posts were re-analysed.
        </EmptyState>
      );
    }
    return detail.error ? (
      <ErrorPanel
        title="Could not load this incident"
        error={detail.error}
        onRetry={() => void detail.refetch()}
      />
    ) : (
      <LoadingPanel label="Loading the incident report…" height={420} />
    );
  }
  const brandName = brands.data?.items.find((b) => b.id === detail.data.brand)?.name ?? detail.data.brand;
  return (
    <IncidentReport
      incident={detail.data}
      brandName={brandName}
      stale={detail.isRefetchError ? detail.dataUpdatedAt : null}
    />
  );
}
