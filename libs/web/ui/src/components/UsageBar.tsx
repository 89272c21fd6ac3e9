/**
 * How much of a capacity is used, as a bar beside the figures the caller writes out (the bar itself is decorative:
 * the text says the same). Over capacity the bar is full and marked.
 */
export function UsageBar({ value, max }: { value: number; max: number }) {
  const share = max > 0 ? Math.min(1, value / max) : value > 0 ? 1 : 0;
  const over = value > max;
  return (
    <span className={`planbord-usage${over ? ' planbord-usage--over' : ''}`} aria-hidden="true">
      <span className="planbord-usage__fill" style={{ inlineSize: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
