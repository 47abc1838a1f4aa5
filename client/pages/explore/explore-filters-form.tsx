import { useEffect, useState } from 'react';
import type { Brand } from '../../../shared/brand';
import { SENTIMENT_LABELS } from '../../../shared/enums';
import { BrandFilter } from '../../components/ui/brand-filter';
import { Field, SelectField } from '../../components/ui/field';
import { CATEGORY_OPTIONS } from '../../lib/categories';
import type { ExploreFilters } from '../../lib/explore-filters';
import { RANGE_PRESETS, isoToLocalInput, localInputToIso, resolveRange } from '../../lib/time-range';
import { TriStateSelect } from './tri-state-select';

type ExploreFiltersFormProps = {
  filters: ExploreFilters;
  brands: readonly Brand[];
  onChange: (next: ExploreFilters) => void;
  onReset: () => void;
};

const CUSTOM = 'custom';
const WINDOW_OPTIONS = [
  ...RANGE_PRESETS.map((r) => ({ id: r.id, label: `Last ${r.label}` })),
  { id: CUSTOM, label: 'Custom…' },
];
const CATEGORY_SELECT = CATEGORY_OPTIONS.map((c) => ({ id: c.id, label: c.name }));
const SENTIMENT_OPTIONS = SENTIMENT_LABELS.map((l) => ({
  id: l,
  label: l.charAt(0).toUpperCase() + l.slice(1),
}));

/** Selects apply at once; the text search applies on Enter so typing does not fire a request per key. */
export function ExploreFiltersForm({ filters, brands, onChange, onReset }: ExploreFiltersFormProps) {
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const set = (patch: Partial<ExploreFilters>): void => onChange({ ...filters, ...patch });
  const range = filters.range;
  const windowValue = range.kind === 'last' ? range.id : CUSTOM;

  const onWindow = (value: string): void => {
    const preset = RANGE_PRESETS.find((r) => r.id === value);
    if (preset) set({ range: { kind: 'last', id: preset.id } });
    else set({ range: { kind: 'between', ...resolveRange(range, Date.now()) } });
  };
  const onBound = (bound: 'from' | 'to', value: string): void => {
    const iso = localInputToIso(value);
    if (iso && range.kind === 'between') set({ range: { ...range, [bound]: iso } });
  };

  return (
    <form
      className="filters"
      aria-label="Filter posts"
      onSubmit={(event) => {
        event.preventDefault();
        set({ q });
      }}
    >
      <Field label="Search text" className="field field--wide">
        <span className="field__row">
          <input
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="e.g. login, app down"
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </span>
      </Field>
      <BrandFilter brands={brands} value={filters.brand} onChange={(brand) => set({ brand })} />
      <SelectField label="Window" value={windowValue} options={WINDOW_OPTIONS} onChange={onWindow} />
      {range.kind === 'between' ? (
        <>
          <Field label="From">
            <input
              type="datetime-local"
              value={isoToLocalInput(range.from)}
              onChange={(e) => onBound('from', e.target.value)}
            />
          </Field>
          <Field label="To">
            <input
              type="datetime-local"
              value={isoToLocalInput(range.to)}
              onChange={(e) => onBound('to', e.target.value)}
            />
          </Field>
        </>
      ) : null}
      <TriStateSelect
        label="Complaint"
        value={filters.complaint}
        yes="Complaints only"
        no="Not complaints"
        onChange={(complaint) => set({ complaint })}
      />
      <SelectField
        label="Category"
        value={filters.category ?? ''}
        emptyOption="Any category"
        options={CATEGORY_SELECT}
        onChange={(id) => set({ category: id || null })}
      />
      <SelectField
        label="Sentiment"
        value={filters.label ?? ''}
        emptyOption="Any sentiment"
        options={SENTIMENT_OPTIONS}
        onChange={(id) => set({ label: SENTIMENT_LABELS.find((l) => l === id) ?? null })}
      />
      <TriStateSelect
        label="Author"
        value={filters.official}
        yes="Official accounts only"
        no="Exclude official accounts"
        anyLabel="Anyone"
        onChange={(official) => set({ official })}
      />
      <label className="field field--check">
        <input type="checkbox" checked={filters.harm} onChange={(e) => set({ harm: e.target.checked })} />
        <span>Harm only</span>
      </label>
      <button type="button" className="button button--quiet" onClick={onReset}>
        Reset filters
      </button>
    </form>
  );
}
