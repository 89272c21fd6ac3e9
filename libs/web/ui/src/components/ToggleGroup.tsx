export interface ToggleOption<V extends string> {
  value: V;
  label: string;
}

/** A row of buttons of which one is pressed, such as the views of a calendar. */
export function ToggleGroup<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly ToggleOption<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  return (
    <div className="planbord-toggle-group" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="utrecht-button utrecht-button--secondary-action planbord-toggle-group__button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
