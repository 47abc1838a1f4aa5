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
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'true')}
      >
        <option value="">{anyLabel}</option>
        <option value="true">{yes}</option>
        <option value="false">{no}</option>
      </select>
    </label>
  );
}
