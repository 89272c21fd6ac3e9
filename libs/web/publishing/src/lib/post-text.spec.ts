import { segmentPostText } from './post-text';

describe('segmentPostText', () => {
  it('keeps plain text as one segment', () => {
    expect(segmentPostText('De bibliotheek is open.')).toEqual([{ kind: 'text', text: 'De bibliotheek is open.' }]);
  });

  it('marks hashtags and mentions at the start of a word', () => {
    expect(segmentPostText('Open! #Lindeveld met @gemeente_lv')).toEqual([
      { kind: 'text', text: 'Open! ' },
      { kind: 'hashtag', text: '#Lindeveld' },
      { kind: 'text', text: ' met ' },
      { kind: 'mention', text: '@gemeente_lv' },
    ]);
  });

  it('does not take an e-mail address or a number sign inside a word for a mention or hashtag', () => {
    expect(segmentPostText('Mail info@lindeveld.nl of bel nr#3')).toEqual([
      { kind: 'text', text: 'Mail info@lindeveld.nl of bel nr#3' },
    ]);
  });

  it('reads hashtags with accented letters and digits', () => {
    expect(segmentPostText('#café2026')).toEqual([{ kind: 'hashtag', text: '#café2026' }]);
  });

  it('links addresses and leaves the closing punctuation outside the link', () => {
    expect(segmentPostText('Lees meer op https://www.lindeveld.nl/skate. Of www.lindeveld.nl!')).toEqual([
      { kind: 'text', text: 'Lees meer op ' },
      { kind: 'link', text: 'https://www.lindeveld.nl/skate', href: 'https://www.lindeveld.nl/skate' },
      { kind: 'text', text: '. Of ' },
      { kind: 'link', text: 'www.lindeveld.nl', href: 'https://www.lindeveld.nl' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('does not split a link at a # or @ inside it', () => {
    expect(segmentPostText('https://x.com/@gemeente#top')).toEqual([
      { kind: 'link', text: 'https://x.com/@gemeente#top', href: 'https://x.com/@gemeente#top' },
    ]);
  });

  it('keeps line breaks, also empty lines and Windows line ends', () => {
    expect(segmentPostText('Eén\r\n\r\n#twee')).toEqual([
      { kind: 'text', text: 'Eén' },
      { kind: 'break' },
      { kind: 'break' },
      { kind: 'hashtag', text: '#twee' },
    ]);
  });
});
