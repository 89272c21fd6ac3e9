export interface Person {
  id: string;
  name: string;
}

/** The people picked for a comment whose `@Name` is still in its text: only they are notified. */
export function mentionedIds(body: string, picked: readonly Person[]): string[] {
  return [...new Set(picked.filter((person) => body.includes(`@${person.name}`)).map((person) => person.id))];
}

/** The text with `@Name ` added at the caret (or at the end), with a space before it when needed. */
export function insertMention(body: string, name: string, caret = body.length): { body: string; caret: number } {
  const before = body.slice(0, caret);
  const after = body.slice(caret);
  const gap = before === '' || /\s$/.test(before) ? '' : ' ';
  const inserted = `${gap}@${name} `;
  return { body: `${before}${inserted}${after}`, caret: caret + inserted.length };
}

/** Keyboard shortcuts do nothing while a person types in a field. */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true;
}
