import { checkSignal, type FieldIssues, type SignalSource } from '@planbord/domain';
import { parseImportInstant, type ImportSpec } from '@planbord/api-core';
import type { IncomingSignal } from './signals.service';

/** How monitoring tools and spreadsheets name the networks, normalised (lower case, no spaces or punctuation). */
const SOURCE_NAMES: Record<string, SignalSource> = {
  facebook: 'FACEBOOK',
  fb: 'FACEBOOK',
  messenger: 'FACEBOOK',
  instagram: 'INSTAGRAM',
  ig: 'INSTAGRAM',
  x: 'X',
  twitter: 'X',
  xtwitter: 'X',
  twitterx: 'X',
  linkedin: 'LINKEDIN',
  youtube: 'YOUTUBE',
  tiktok: 'TIKTOK',
  whatsapp: 'WHATSAPP',
  mastodon: 'MASTODON',
  bluesky: 'BLUESKY',
  bsky: 'BLUESKY',
  threads: 'THREADS',
  nieuws: 'NEWS_SITE',
  nieuwssite: 'NEWS_SITE',
  news: 'NEWS_SITE',
  newssite: 'NEWS_SITE',
  online: 'NEWS_SITE',
  web: 'NEWS_SITE',
  blog: 'NEWS_SITE',
  forum: 'NEWS_SITE',
  email: 'EMAIL',
  mail: 'EMAIL',
  telefoon: 'PHONE',
  phone: 'PHONE',
  tel: 'PHONE',
  balie: 'COUNTER',
  counter: 'COUNTER',
  loket: 'COUNTER',
  website: 'WEBSITE_FORM',
  webformulier: 'WEBSITE_FORM',
  formulier: 'WEBSITE_FORM',
  websiteform: 'WEBSITE_FORM',
  contactformulier: 'WEBSITE_FORM',
};

/** A source as written in an export: a known network by name (`Facebook`, `X (Twitter)`, `news_site`), else OTHER. */
export function sourceFromText(text: string): SignalSource {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  if (SOURCE_NAMES[key]) return SOURCE_NAMES[key];
  const upper = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return (Object.values(SOURCE_NAMES) as string[]).includes(upper) ? (upper as SignalSource) : 'OTHER';
}

/**
 * A monitoring tool's export (OBI4wan, Coosto and the like) or a spreadsheet of notes as signals. An id column, when
 * there is one, identifies a row; otherwise its content does, so an overlapping export adds only the new rows.
 */
export const signalImportSpec: ImportSpec<IncomingSignal> = {
  kind: 'signals',
  fields: [
    {
      key: 'receivedAt',
      synonyms: [
        'datum',
        'datum tijd',
        'tijdstip',
        'tijd',
        'date',
        'publicatiedatum',
        'gepubliceerd',
        'published',
        'created at',
        'aangemaakt',
        'ontvangen',
      ],
      required: true,
    },
    {
      key: 'body',
      synonyms: [
        'bericht',
        'tekst',
        'inhoud',
        'reactie',
        'melding',
        'omschrijving',
        'message',
        'text',
        'content',
        'post',
      ],
      required: true,
    },
    { key: 'authorName', synonyms: ['auteur', 'naam', 'afzender', 'schrijver', 'author', 'name', 'from', 'van'] },
    { key: 'authorHandle', synonyms: ['gebruikersnaam', 'account', 'handle', 'username', 'screen name', 'profiel'] },
    { key: 'url', synonyms: ['link', 'permalink', 'webadres', 'adres', 'bron url', 'post url'] },
    { key: 'source', synonyms: ['bron', 'kanaal', 'platform', 'medium', 'netwerk', 'network', 'channel', 'type'] },
    {
      key: 'neighbourhood',
      synonyms: ['wijk', 'buurt', 'kern', 'dorp', 'neighbourhood', 'neighborhood', 'district', 'area'],
    },
    {
      key: 'externalId',
      synonyms: ['id', 'bericht id', 'message id', 'kenmerk', 'referentie', 'external id', 'post id'],
    },
  ],
  read(cells, context) {
    const issues: FieldIssues = {};
    let receivedAt: Date | null = null;
    if (!cells.receivedAt) issues.receivedAt = { code: 'required' };
    else {
      const parsed = parseImportInstant(cells.receivedAt, context.timeZone);
      if (parsed instanceof Date) receivedAt = parsed;
      else issues.receivedAt = parsed;
    }
    const signal: IncomingSignal = {
      source: cells.source ? sourceFromText(cells.source) : 'OTHER',
      externalId: cells.externalId ? `file:${cells.externalId}` : null,
      url: cells.url || null,
      authorName: cells.authorName || null,
      authorHandle: cells.authorHandle || null,
      body: cells.body,
      receivedAt,
      neighbourhood: cells.neighbourhood || null,
    };
    Object.assign(issues, checkSignal(signal, context.now), issues);
    return Object.keys(issues).length ? { issues } : { record: signal };
  },
};
