import type { Brand } from '../../../shared/brand';
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
      <label className="field">
        <span className="field__label">Brand</span>
        <select value={filters.brand ?? ''} onChange={(e) => set({ brand: e.target.value || null })}>
          <option value="">All brands</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <span className="field__label">Status</span>
        <SegmentedControl
          label="Status"
          options={STATUS_FILTERS}
          value={filters.status}
          onChange={(status) => set({ status })}
        />
      </div>
      <div className="field">
        <span className="field__label">Started or ongoing in the last</span>
        <SegmentedControl
          label="Time range"
          options={INCIDENT_RANGES}
          value={filters.range}
          onChange={(range) => set({ range })}
        />
      </div>
    </section>
  );
}
