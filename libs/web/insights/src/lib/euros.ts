/**
 * Reads an amount of euros as typed, the Dutch or the English way: "1.500", "1500,50", "€ 1.500,50", "1,500.5".
 * A last dot or comma followed by one or two digits separates the cents; any other dot or comma groups thousands.
 * Answers whole cents, or null when the text is no amount.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '');
  if (!/^\d+([.,]\d{3})*([.,]\d{1,2})?$/.test(cleaned)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(cleaned);
  const whole = (decimal ? cleaned.slice(0, decimal.index) : cleaned).replace(/[.,]/g, '');
  const cents = Number(whole) * 100 + Number((decimal?.[1] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as an amount to edit: "1500" or "1500,50" (no grouping, so it reads back the same). */
export function eurosInput(cents: number, locale: 'nl' | 'en'): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest ? `${whole}${locale === 'nl' ? ',' : '.'}${String(rest).padStart(2, '0')}` : String(whole);
}
