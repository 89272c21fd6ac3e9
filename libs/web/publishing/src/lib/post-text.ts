/** One piece of a post's text as a channel shows it: plain text, a hashtag, an @mention, a link or a line break. */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'hashtag'; text: string }
  | { kind: 'mention'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'break' };

// Links first (a URL may contain # or @); hashtags and mentions only at a word start, as the platforms do.
const TOKEN =
  /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)|(?<![\p{L}\p{N}_])(#[\p{L}\p{N}_]+)|(?<![\p{L}\p{N}_.])(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])/gu;
// Punctuation that ends a sentence rather than the link: "zie www.gemeente.nl." links to www.gemeente.nl.
const TRAILING = /[.,;:!?)\]'"’”]+$/;

function tokensOfLine(line: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    let token = match[0];
    const kind: 'link' | 'hashtag' | 'mention' = match[1] ? 'link' : match[2] ? 'hashtag' : 'mention';
    if (kind === 'link') token = token.replace(TRAILING, '');
    if (start > last) segments.push({ kind: 'text', text: line.slice(last, start) });
    if (kind === 'link')
      segments.push({ kind, text: token, href: token.startsWith('www.') ? `https://${token}` : token });
    else segments.push({ kind, text: token });
    last = start + token.length;
  }
  if (last < line.length) segments.push({ kind: 'text', text: line.slice(last) });
  return segments;
}

/** The text split into segments, line breaks kept, adjacent plain text merged. */
export function segmentPostText(text: string): TextSegment[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const segments: TextSegment[] = [];
  lines.forEach((line, index) => {
    if (index > 0) segments.push({ kind: 'break' });
    for (const segment of tokensOfLine(line)) {
      const previous = segments[segments.length - 1];
      if (segment.kind === 'text' && previous?.kind === 'text') previous.text += segment.text;
      else segments.push(segment);
    }
  });
  return segments;
}
