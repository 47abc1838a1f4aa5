import { useEffect, useState } from 'react';
import type { Brand } from '../../../shared/brand';
import { SENTIMENT_LABELS } from '../../../shared/enums';
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
      <label className="field field--wide">
        <span className="field__label">Search text</span>
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
      </label>
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
      <label className="field">
        <span className="field__label">Window</span>
        <select value={windowValue} onChange={(e) => onWindow(e.target.value)}>
          {RANGE_PRESETS.map((r) => (
            <option key={r.id} value={r.id}>
              Last {r.label}
            </option>
          ))}
          <option value={CUSTOM}>Custom…</option>
        </select>
      </label>
      {range.kind === 'between' ? (
        <>
          <label className="field">
            <span className="field__label">From</span>
            <input
              type="datetime-local"
              value={isoToLocalInput(range.from)}
              onChange={(e) => onBound('from', e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">To</span>
            <input
              type="datetime-local"
              value={isoToLocalInput(range.to)}
              onChange={(e) => onBound('to', e.target.value)}
            />
          </label>
        </>
      ) : null}
      <TriStateSelect
        label="Complaint"
        value={filters.complaint}
        yes="Complaints only"
        no="Not complaints"
        onChange={(complaint) => set({ complaint })}
      />
      <label className="field">
        <span className="field__label">Category</span>
        <select value={filters.category ?? ''} onChange={(e) => set({ category: e.target.value || null })}>
          <option value="">Any category</option>
          {CATEGORY_OPTIONS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Sentiment</span>
        <select
          value={filters.label ?? ''}
          onChange={(e) => set({ label: SENTIMENT_LABELS.find((l) => l === e.target.value) ?? null })}
        >
          <option value="">Any sentiment</option>
          {SENTIMENT_LABELS.map((l) => (
            <option key={l} value={l}>
              {l.charAt(0).toUpperCase() + l.slice(1)}
            </option>
          ))}
        </select>
      </label>
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
