import { SelectField } from '../../components/ui/field';

type TriStateSelectProps = {
  label: string;
  value: boolean | null;
  yes: string;
  no: string;
  anyLabel?: string;
  onChange: (value: boolean | null) => void;
};

/** A yes / no / either filter as one select, so "either" is explicit rather than an unchecked box. */
export function TriStateSelect({ label, value, yes, no, anyLabel = 'Any', onChange }: TriStateSelectProps) {
  return (
    <SelectField
      label={label}
      value={value === null ? '' : String(value)}
      emptyOption={anyLabel}
      options={[
        { id: 'true', label: yes },
        { id: 'false', label: no },
      ]}
      onChange={(v) => onChange(v === '' ? null : v === 'true')}
    />
  );
}
