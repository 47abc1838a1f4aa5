import type { Brand } from '../../../shared/brand';
import { SelectField } from './field';

type BrandFilterProps = {
  brands: readonly Brand[];
  /** null for every brand */
  value: string | null;
  onChange: (brand: string | null) => void;
};

export const brandOptions = (brands: readonly Brand[]) => brands.map((b) => ({ id: b.id, label: b.name }));

export function BrandFilter({ brands, value, onChange }: BrandFilterProps) {
  return (
    <SelectField
      label="Brand"
      value={value ?? ''}
      emptyOption="All brands"
      options={brandOptions(brands)}
      onChange={(id) => onChange(id || null)}
    />
  );
}
