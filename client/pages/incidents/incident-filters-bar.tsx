import type { Brand } from '../../../shared/brand';
import { BrandFilter } from '../../components/ui/brand-filter';
import { Field } from '../../components/ui/field';
import { SegmentedControl } from '../../components/ui/segmented-control';
import type { IncidentFilters } from '../../lib/incident-filters';
import { INCIDENT_RANGES, STATUS_FILTERS } from '../../lib/incident-filters';

type IncidentFiltersBarProps = {
  filters: IncidentFilters;
  brands: readonly Brand[];
  onChange: (next: IncidentFilters) => void;
};

/** Every control applies at once and lives in the URL, so a filtered list can be shared. */
export function IncidentFiltersBar({ filters, brands, onChange }: IncidentFiltersBarProps) {
  const set = (patch: Partial<IncidentFilters>): void => onChange({ ...filters, ...patch });
  return (
    <section className="filters" aria-label="Filter incidents">
      <BrandFilter brands={brands} value={filters.brand} onChange={(brand) => set({ brand })} />
      <Field label="Status" group>
        <SegmentedControl
          label="Status"
          options={STATUS_FILTERS}
          value={filters.status}
          onChange={(status) => set({ status })}
        />
      </Field>
      <Field label="Started or ongoing in the last" group>
        <SegmentedControl
          label="Time range"
          options={INCIDENT_RANGES}
          value={filters.range}
          onChange={(range) => set({ range })}
        />
      </Field>
    </section>
  );
}
