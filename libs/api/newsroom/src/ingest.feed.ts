import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';

/** One item of an RSS or Atom feed, as a signal takes it. */
export interface FeedItem {
  /** The item's guid (RSS), id (Atom), or else its link: what makes polling again a no-op. */
  externalId: string;
  url: string | null;
  authorName: string | null;
  body: string;
  receivedAt: Date | null;
}

const MAX_EXTERNAL_ID = 300;
const MAX_BODY = 20_000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Namespaced names stay as written (`dc:creator`, `content:encoded`).
  removeNSPrefix: false,
  // Entities a document type defines are expanded within bounds, so a "billion laughs" feed stays small.
  processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author'].includes(name),
});

type Node = Record<string, unknown>;

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, newest or oldest first as the feed lists them. HTML in a
 * description or content becomes plain text. Anything else is not a feed: an error says so.
 */
export function parseFeed(xml: string): FeedItem[] {
  let document: Node;
  try {
    document = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new Error(`not a feed: ${(error as Error).message.split('\n')[0]}`);
  }
  const rss = document.rss as Node | undefined;
  if (rss) return list((rss.channel as Node | undefined)?.item).map(rssItem);
  const rdf = document['rdf:RDF'] as Node | undefined;
  if (rdf) return list(rdf.item).map(rssItem);
  const atom = document.feed as Node | undefined;
  if (atom) return list(atom.entry).map(atomEntry);
  throw new Error('not a feed: no rss, rdf:RDF or feed element');
}

function rssItem(item: Node): FeedItem {
  const link = text(list(item.link)[0]);
  const guid = text(item.guid) ?? text(item['@rdf:about']);
  return build({
    id: guid ?? link,
    url: link ?? (isPermalink(item.guid) ? guid : null),
    author: text(item['dc:creator']) ?? text(list(item.author)[0]),
    title: text(item.title),
    content: text(item['content:encoded']) ?? text(item.description),
    date: text(item.pubDate) ?? text(item['dc:date']),
  });
}

function atomEntry(entry: Node): FeedItem {
  const links = list(entry.link) as Node[];
  const alternate = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  const link = alternate ? text(alternate['@href']) : null;
  const author = list(entry.author)[0] as Node | undefined;
  return build({
    id: text(entry.id) ?? link,
    url: link,
    author: author ? (text(author.name) ?? text(author)) : null,
    title: text(entry.title),
    content: text(entry.content) ?? text(entry.summary),
    date: text(entry.published) ?? text(entry.updated),
  });
}

function build(item: {
  id: string | null;
  url: string | null;
  author: string | null;
  title: string | null;
  content: string | null;
  date: string | null;
}): FeedItem {
  const title = item.title ? plain(item.title) : '';
  const content = item.content ? plain(item.content) : '';
  const body = (content && title && !content.startsWith(title) ? `${title}\n\n${content}` : content || title).slice(
    0,
    MAX_BODY,
  );
  const seed = item.id ?? `${title}\u001f${item.date ?? ''}\u001f${content}`;
  const externalId =
    item.id && item.id.length <= MAX_EXTERNAL_ID
      ? item.id
      : `sha256:${createHash('sha256').update(seed).digest('hex')}`;
  const at = item.date ? new Date(item.date) : null;
  const url = item.url && /^https?:\/\//i.test(item.url) ? item.url.slice(0, 1000) : null;
  return {
    externalId,
    url,
    authorName: item.author ? plain(item.author).slice(0, 200) || null : null,
    body,
    receivedAt: at && !Number.isNaN(at.getTime()) ? at : null,
  };
}

function list(value: unknown): Node[] {
  if (value == null) return [];
  return (Array.isArray(value) ? value : [value]) as Node[];
}

function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (typeof value === 'object' && '#text' in (value as Node)) return text((value as Node)['#text']);
  return null;
}

function isPermalink(guid: unknown): boolean {
  return (
    typeof guid === 'string' || (typeof guid === 'object' && guid != null && (guid as Node)['@isPermaLink'] !== 'false')
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML as plain text: tags out (block ends become line breaks), entities decoded, spaces collapsed. */
export function plain(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
