import { inboxCommand } from './shortcuts';

const element = (inside: string | null) => ({
  closest: (selector: string) => (inside && selector.includes(inside) ? {} : null),
});
const press = (
  key: string,
  target: unknown = element(null),
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => inboxCommand({ key, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...modifiers });

describe('the inbox keyboard', () => {
  it('moves with j and k, and acts with e, d, r and x', () => {
    expect(['j', 'k', 'e', 'd', 'r', 'x', '/'].map((key) => press(key))).toEqual([
      'next',
      'previous',
      'assign',
      'decide',
      'reply',
      'dismiss',
      'search',
    ]);
  });

  it('leaves keys alone while someone types in a field or a dialog', () => {
    expect(press('j', element('input'))).toBeNull();
    expect(press('x', element('textarea'))).toBeNull();
    expect(press('d', element('dialog'))).toBeNull();
  });

  it('leaves the browser its own shortcuts', () => {
    expect(press('r', element(null), { ctrlKey: true })).toBeNull();
    expect(press('d', element(null), { metaKey: true })).toBeNull();
  });

  it('ignores other keys', () => {
    expect(press('q')).toBeNull();
  });
});
