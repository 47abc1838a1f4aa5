import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useBrandsQuery } from '../../api/brands';
import { useIncidentListQuery, useIncidentReportQueries } from '../../api/incidents';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorPanel } from '../../components/ui/error-panel';
import { LoadingPanel } from '../../components/ui/loading-panel';
import { PageHeader } from '../../components/ui/page-header';
import { Panel } from '../../components/ui/panel';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { useNow } from '../../hooks/use-now';
import {
  MAX_COMPARED,
  compareFiltersToSearch,
  compareListParams,
  parseCompareFilters,
  toggleBrand,
} from '../../lib/compare-filters';
import type { CompareFilters } from '../../lib/compare-filters';
import { COMPARE_ALIGNS, byStart } from '../../lib/compare-rows';
import { INCIDENT_RANGES } from '../../lib/incident-filters';
import { CompareMultiples } from './compare-multiples';
import { CompareTable } from './compare-table';

/** /compare: when one supplier failure hits several companies, who spoke first and who calmed things down. */
export function ComparePage() {
  const [search, setSearch] = useSearchParams();
  const filters = parseCompareFilters(search);
  const set = (next: CompareFilters): void => setSearch(compareFiltersToSearch(next), { replace: true });
  const list = useIncidentListQuery(compareListParams(filters));
  const brands = useBrandsQuery();
  const nowMs = useNow();
  const names = new Map((brands.data?.items ?? []).map((b) => [b.id, b.name]));
  const all = list.data?.items ?? [];
  const available = [...new Set(all.map((i) => i.brand))].sort();
  const chosen = all.filter((i) => filters.brands.length === 0 || filters.brands.includes(i.brand));
  const ids = chosen.slice(0, MAX_COMPARED).map((i) => i.id);
  const reports = useIncidentReportQueries(ids);
  const loaded = reports.flatMap((r) => (r.data ? [r.data] : [])).sort(byStart);
  const failed = reports.find((r) => r.error && !r.data);
  const rangeLabel = INCIDENT_RANGES.find((r) => r.id === filters.range)?.label ?? filters.range;

  let body: ReactNode;
  if (list.data === undefined) {
    body = list.error ? (
      <ErrorPanel title="Could not load incidents" error={list.error} onRetry={() => void list.refetch()} />
    ) : (
      <LoadingPanel label="Loading incidents…" height={240} />
    );
  } else if (chosen.length === 0) {
    body = (
      <EmptyState title={`No incidents in the last ${rangeLabel}`}>
        Compare shows how each brand communicated when incidents overlap, for example when one supplier's
        failure hits several companies. Try a longer time range.
      </EmptyState>
    );
  } else if (loaded.length < ids.length) {
    body = failed ? (
      <ErrorPanel
        title="Could not load every report"
        error={failed.error}
        onRetry={() => void failed.refetch()}
      />
    ) : (
      <LoadingPanel label={`Loading ${ids.length} incident reports…`} height={320} />
    );
  } else {
    body = (
      <>
        <Panel
          title="Communication side by side"
          subtitle="Green is within the company's targets, amber close to them, red over them or never done."
        >
          <CompareTable reports={loaded} />
        </Panel>
        <Panel
          title="Complaints per minute"
          subtitle="Same scales for every incident; dots are statements, coloured by their measured effect."
          actions={
            <SegmentedControl
              label="Line up"
              options={COMPARE_ALIGNS}
              value={filters.align}
              onChange={(align) => set({ ...filters, align })}
            />
          }
        >
          <CompareMultiples reports={loaded} align={filters.align} nowMs={nowMs} />
        </Panel>
      </>
    );
  }

  return (
    <>
      <title>Compare brands · Outcry</title>
      <PageHeader
        title="Compare brands"
        description="The same incident figures for several brands, for when one failure hits many companies at once."
      />
      <section className="filters" aria-label="Choose what to compare">
        <div className="field">
          <span className="field__label">Incidents in the last</span>
          <SegmentedControl
            label="Time range"
            options={INCIDENT_RANGES}
            value={filters.range}
            onChange={(range) => set({ ...filters, range, brands: [] })}
          />
        </div>
        {available.length > 1 ? (
          <fieldset className="field brand-toggles">
            <legend className="field__label">Brands</legend>
            {available.map((b) => (
              <label key={b} className="brand-toggle">
                <input
                  type="checkbox"
                  checked={filters.brands.length === 0 || filters.brands.includes(b)}
                  onChange={() => set(toggleBrand(filters, b, available))}
                />
                {names.get(b) ?? b}
              </label>
            ))}
          </fieldset>
        ) : null}
        {chosen.length > MAX_COMPARED ? (
          <p className="cell-muted">
            Showing the newest {MAX_COMPARED} of {chosen.length} incidents.
          </p>
        ) : null}
      </section>
      {body}
    </>
  );
}
