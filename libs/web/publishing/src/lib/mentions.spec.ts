import { insertMention, isTypingTarget, mentionedIds } from './mentions';

describe('mentions in a comment', () => {
  const eva = { id: 'u1', name: 'Eva de Jong' };
  const joris = { id: 'u2', name: 'Joris van Dijk' };

  it('notifies only the picked people whose @name is still in the text', () => {
    expect(mentionedIds('@Eva de Jong kun je kijken?', [eva, joris])).toEqual(['u1']);
  });

  it('notifies a person once, however often they are named', () => {
    expect(mentionedIds('@Eva de Jong en nog eens @Eva de Jong', [eva, eva])).toEqual(['u1']);
  });

  it('adds @name at the caret with a space around it', () => {
    expect(insertMention('Graag', 'Eva de Jong')).toEqual({ body: 'Graag @Eva de Jong ', caret: 19 });
    expect(insertMention('', 'Eva de Jong')).toEqual({ body: '@Eva de Jong ', caret: 13 });
    expect(insertMention('Hoi  kijk', 'Eva', 4).body).toBe('Hoi @Eva  kijk');
  });
});

describe('isTypingTarget', () => {
  it('is true in text fields and editable regions, false elsewhere', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
