import { useSearchParams } from 'react-router';
import { useBrandsQuery } from '../../api/brands';
import { useIncidentListQuery } from '../../api/incidents';
import { EmptyState } from '../../components/ui/empty-state';
import { LoadingPanel } from '../../components/ui/loading-panel';
import { PageHeader } from '../../components/ui/page-header';
import { Panel } from '../../components/ui/panel';
import { QueryView } from '../../components/ui/query-view';
import { useNow } from '../../hooks/use-now';
import {
  INCIDENT_RANGES,
  filtersToListParams,
  incidentFiltersToSearch,
  parseIncidentFilters,
} from '../../lib/incident-filters';
import type { IncidentFilters } from '../../lib/incident-filters';
import { IncidentFiltersBar } from './incident-filters-bar';
import { IncidentsList } from './incidents-list';

export function IncidentsPage() {
  const [search, setSearch] = useSearchParams();
  const filters = parseIncidentFilters(search);
  const brands = useBrandsQuery();
  const incidents = useIncidentListQuery(filtersToListParams(filters));
  const nowMs = useNow();
  const brandNames = new Map((brands.data?.items ?? []).map((b) => [b.id, b.name]));
  const rangeLabel = INCIDENT_RANGES.find((r) => r.id === filters.range)?.label ?? filters.range;
  const onChange = (next: IncidentFilters): void =>
    setSearch(incidentFiltersToSearch(next), { replace: true });
  const filtered = filters.brand !== null || filters.status !== 'all';

  return (
    <>
      <title>Incidents · Outcry</title>
      <PageHeader
        title="Incidents"
        description="Every outage Outcry detected from public complaints: how big it was and how long it lasted. Open one for its report."
      />
      <IncidentFiltersBar filters={filters} brands={brands.data?.items ?? []} onChange={onChange} />
      <Panel
        title="Detected incidents"
        subtitle={`Newest first; started or still going in the last ${rangeLabel}. Peak vs normal compares the busiest minute with the expected complaints per minute.`}
      >
        <QueryView
          query={incidents}
          errorTitle="Could not load incidents"
          isEmpty={(data) => data.items.length === 0}
          empty={
            <EmptyState
              title={filtered ? 'No incidents match these filters' : `No incidents in the last ${rangeLabel}`}
              action={
                filtered ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() => onChange({ ...filters, brand: null, status: 'all' })}
                  >
                    Show all brands and statuses
                  </button>
                ) : undefined
              }
            >
              Outcry opens an incident when complaints about a brand rise far above their normal level. A
              longer time range may show earlier ones.
            </EmptyState>
          }
          loadingHeight={240}
        >
          {(data) =>
            // Wait for the brand names too, so a row never flashes a brand id before its name.
            brands.isPending ? (
              <LoadingPanel height={240} />
            ) : (
              <IncidentsList incidents={data.items} brandNames={brandNames} nowMs={nowMs} />
            )
          }
        </QueryView>
      </Panel>
    </>
  );
}
