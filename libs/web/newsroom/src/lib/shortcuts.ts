/** The inbox's keyboard: one key per thing a member does all day, shown on the page. */
export const INBOX_SHORTCUTS = {
  j: 'next',
  k: 'previous',
  o: 'open',
  e: 'assign',
  d: 'decide',
  r: 'reply',
  x: 'dismiss',
  '/': 'search',
  '?': 'help',
} as const;
export type InboxCommand = (typeof INBOX_SHORTCUTS)[keyof typeof INBOX_SHORTCUTS];

/** Whether a key press is meant for a field (or a dialog) rather than for the inbox. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as Element;
  return Boolean(element.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""], dialog'));
}

/** The inbox command a key press means, or null when it is not one (a modifier held, or typing in a field). */
export function inboxCommand(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}): InboxCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return null;
  if (event.key === 'Enter') return 'open';
  return (INBOX_SHORTCUTS as Record<string, InboxCommand>)[event.key] ?? null;
}
