import type { ReactNode } from 'react';

type FieldProps = {
  label: ReactNode;
  className?: string;
  /** A group of controls (e.g. a SegmentedControl) labels itself, so the field is a plain block. */
  group?: boolean;
  children: ReactNode;
};

/** A form control with its label above it: the one field look for every form and filter bar. */
export function Field({ label, className = 'field', group = false, children }: FieldProps) {
  const Wrapper = group ? 'div' : 'label';
  return (
    <Wrapper className={className}>
      <span className="field__label">{label}</span>
      {children}
    </Wrapper>
  );
}

export type SelectOption = { id: string; label: string };

type SelectFieldProps = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** A first option with the empty value, e.g. "All brands". */
  emptyOption?: string;
  className?: string;
  required?: boolean;
  disabled?: boolean;
};

export function SelectField({
  label,
  value,
  options,
  onChange,
  emptyOption,
  className,
  required,
  disabled,
}: SelectFieldProps) {
  return (
    <Field label={label} className={className}>
      <select
        value={value}
        required={required}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {emptyOption === undefined ? null : <option value="">{emptyOption}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
