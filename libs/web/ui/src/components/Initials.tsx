/** "Fatima El Amrani" → "FA", "Joris van Dijk" → "JD": first letter of the first and of the last word. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1][0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/**
 * A person's initials in a small round mark. Decorative by default: the surrounding text or accessible name carries
 * the full name; pass `label` when the initials stand alone.
 */
export function Initials({ name, label, muted = false }: { name: string; label?: string; muted?: boolean }) {
  const className = `planbord-initials${muted ? ' planbord-initials--muted' : ''}`;
  return label ? (
    <span className={className} role="img" aria-label={label} title={label}>
      {initialsOf(name)}
    </span>
  ) : (
    // Drawn from an attribute, so the letters are not part of the surrounding control's text or accessible name.
    <span className={className} aria-hidden="true" title={name} data-initials={initialsOf(name)} />
  );
}
