import { useId, type ReactNode } from 'react';
import type { SelectOption } from './FormFields';

export interface RadioGroupProps {
  legend: ReactNode;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  name?: string;
  description?: ReactNode;
  error?: string | null;
  /** Side by side instead of one under the other. */
  inline?: boolean;
}

/** One choice out of a few, all visible: radio buttons under one legend. */
export function RadioGroup({
  legend,
  options,
  value,
  onChange,
  name,
  description,
  error,
  inline = false,
}: RadioGroupProps) {
  const id = useId();
  const groupName = name ?? id;
  const described =
    [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`planbord-fieldset utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={described}
    >
      <legend className="planbord-fieldset__legend utrecht-form-fieldset__legend">{legend}</legend>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <div className={inline ? 'planbord-radio-list planbord-radio-list--inline' : 'planbord-radio-list'}>
        {options.map((option) => (
          // The label wraps its radio button, so the whole text is a click target.
          <label key={option.value} className="utrecht-form-label utrecht-form-label--radio planbord-radio">
            <input
              type="radio"
              name={groupName}
              value={option.value}
              className="planbord-radio__input"
              checked={option.value === value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
