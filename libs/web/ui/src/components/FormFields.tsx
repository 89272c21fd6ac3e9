import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  /** The message shown at the field when its value is refused. */
  error?: string | null;
}

function describedBy(ids: unknown[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ');
  return list || undefined;
}

function FieldShell({
  id,
  label,
  description,
  error,
  kind,
  children,
}: FieldProps & { id: string; kind: string; children: ReactNode }) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind}${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>;

export function TextField({ label, description, error, id: givenId, className, ...input }: TextFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} description={description} error={error} kind="text">
      <input
        id={id}
        className={['utrecht-textbox utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', className]
          .filter(Boolean)
          .join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([description && `${id}-description`, error && `${id}-error`])}
        {...input}
      />
    </FieldShell>
  );
}

export type FileFieldProps = FieldProps & {
  id?: string;
  /** The kinds of file offered in the chooser, as the input's `accept`. */
  accept: string;
  /** The file chosen, or null when the choice is cleared. */
  onFile: (file: File | null) => void;
};

/** A labelled file chooser, with its description and the error at the field. */
export function FileField({ label, description, error, id: givenId, accept, onFile }: FileFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} description={description} error={error} kind="file">
      <input
        id={id}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([description && `${id}-description`, error && `${id}-error`])}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
    </FieldShell>
  );
}

export type TextAreaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>;

export function TextArea({ label, description, error, id: givenId, ...textarea }: TextAreaProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} description={description} error={error} kind="textarea">
      <textarea
        id={id}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([description && `${id}-description`, error && `${id}-error`])}
        {...textarea}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & { options: readonly SelectOption[] };

export function SelectField({ label, description, error, id: givenId, options, ...select }: SelectFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} description={description} error={error} kind="select">
      <select
        id={id}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy([description && `${id}-description`, error && `${id}-error`])}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export type CheckboxFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'children' | 'type'>;

export function CheckboxField({ label, description, error, id: givenId, ...input }: CheckboxFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          type="checkbox"
          id={id}
          className={`utrecht-checkbox utrecht-checkbox--html-input${error ? ' utrecht-checkbox--invalid' : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy([description && `${id}-description`, error && `${id}-error`])}
          {...input}
        />
      </div>
    </div>
  );
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  options: readonly SelectOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | null;
  emptyText?: ReactNode;
}

/** Several checkboxes under one legend, such as the audiences a channel reaches. */
export function CheckboxGroup({ legend, options, values, onChange, error, emptyText }: CheckboxGroupProps) {
  const id = useId();
  return (
    <fieldset
      className={`planbord-fieldset utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="planbord-fieldset__legend utrecht-form-fieldset__legend">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      {options.length === 0 && emptyText ? <p className="planbord-muted">{emptyText}</p> : null}
      <div className="planbord-checkbox-list">
        {options.map((option) => (
          <CheckboxField
            key={option.value}
            label={option.label}
            checked={values.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value),
              )
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
