import type { Locale } from '@planbord/domain';
import type { EmailKind } from './email-preferences.entity';

/** One notification as an e-mail tells it. */
export interface MailNotice {
  kind: EmailKind;
  entityType: string;
  entityId: string | null;
  /** What it is about; empty when that would quote a resident. */
  subject: string;
  outcome: string | null;
  actorName: string | null;
}

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

interface Catalogue {
  /** The subject line of a single e-mail. */
  subject: Record<EmailKind, (about: string) => string>;
  /** The sentence in the e-mail and in the digest. */
  sentence: (notice: MailNotice, actor: string) => string;
  someone: string;
  signal: string;
  greeting: (name: string) => string;
  open: string;
  footer: (accountUrl: string) => string;
  digestSubject: (count: number) => string;
  digestIntro: (count: number) => string;
}

const quoted = (about: string) => (about ? ` ‘${about}’` : '');

/** The texts of every e-mail, Dutch and English. */
export const EMAIL_MESSAGES: Record<Locale, Catalogue> = {
  nl: {
    subject: {
      ASSIGNED: (about) => `Je bent ingedeeld: ${about}`,
      REVIEW_REQUESTED: (about) => `Graag je beoordeling: ${about}`,
      CHANGES_REQUESTED: (about) => `Aanpassingen gevraagd: ${about}`,
      REQUEST_DECIDED: (about) => `Je aanvraag is beoordeeld: ${about}`,
      NEWSROOM_QUESTION: (about) => `Vraag van de nieuwsredactie: ${about}`,
      WEBCARE_ON_CALL: (about) => `Webcare wacht op een reactie: ${about}`,
    },
    sentence: (notice, actor) => {
      const about = quoted(notice.subject);
      switch (notice.kind) {
        case 'ASSIGNED':
          return `${actor} heeft je ingedeeld voor${about || ' een taak'}.`;
        case 'REVIEW_REQUESTED':
          return `${actor} vraagt je${about} te beoordelen.`;
        case 'CHANGES_REQUESTED':
          return `${actor} vraagt om aanpassingen aan${about || ' je bericht'}.`;
        case 'REQUEST_DECIDED':
          return notice.outcome === 'ACCEPTED'
            ? `${actor} heeft je aanvraag${about} aangenomen.`
            : notice.outcome === 'DECLINED'
              ? `${actor} heeft je aanvraag${about} afgewezen.`
              : `${actor} heeft over je aanvraag${about} besloten.`;
        case 'NEWSROOM_QUESTION':
          return `De nieuwsredactie heeft een vraag aan je afdeling:${about}.`;
        case 'WEBCARE_ON_CALL':
          return notice.outcome === 'URGENT'
            ? 'Er is een urgent signaal binnengekomen terwijl jij dienst hebt.'
            : 'Een signaal wacht te lang op een eerste reactie terwijl jij dienst hebt.';
      }
    },
    someone: 'Iemand',
    signal: 'een signaal',
    greeting: (name) => `Hallo ${name},`,
    open: 'Bekijk het in Planbord',
    footer: (url) => `Je krijgt deze e-mail van Planbord. Zet e-mails aan of uit bij Mijn account: ${url}`,
    digestSubject: (count) => `Planbord: ${count === 1 ? '1 melding' : `${count} meldingen`} sinds gisteren`,
    digestIntro: (count) =>
      count === 1 ? 'Dit is er sinds gisteren voor je:' : `Deze ${count} meldingen zijn er sinds gisteren voor je:`,
  },
  en: {
    subject: {
      ASSIGNED: (about) => `You were assigned: ${about}`,
      REVIEW_REQUESTED: (about) => `Your review is requested: ${about}`,
      CHANGES_REQUESTED: (about) => `Changes requested: ${about}`,
      REQUEST_DECIDED: (about) => `Your request was decided: ${about}`,
      NEWSROOM_QUESTION: (about) => `A question from the newsroom: ${about}`,
      WEBCARE_ON_CALL: (about) => `Webcare waits for a reply: ${about}`,
    },
    sentence: (notice, actor) => {
      const about = quoted(notice.subject);
      switch (notice.kind) {
        case 'ASSIGNED':
          return `${actor} assigned you to${about || ' a job'}.`;
        case 'REVIEW_REQUESTED':
          return `${actor} asks you to review${about || ' a post'}.`;
        case 'CHANGES_REQUESTED':
          return `${actor} asks for changes to${about || ' your post'}.`;
        case 'REQUEST_DECIDED':
          return notice.outcome === 'ACCEPTED'
            ? `${actor} accepted your request${about}.`
            : notice.outcome === 'DECLINED'
              ? `${actor} declined your request${about}.`
              : `${actor} decided on your request${about}.`;
        case 'NEWSROOM_QUESTION':
          return `The newsroom has a question for your department:${about}.`;
        case 'WEBCARE_ON_CALL':
          return notice.outcome === 'URGENT'
            ? 'An urgent signal came in while you are on call.'
            : 'A signal has waited too long for a first reply while you are on call.';
      }
    },
    someone: 'Someone',
    signal: 'a signal',
    greeting: (name) => `Hello ${name},`,
    open: 'Open it in Planbord',
    footer: (url) => `This e-mail comes from Planbord. Switch e-mails on or off in My account: ${url}`,
    digestSubject: (count) => `Planbord: ${count === 1 ? '1 notification' : `${count} notifications`} since yesterday`,
    digestIntro: (count) =>
      count === 1
        ? 'This came in for you since yesterday:'
        : `These ${count} notifications came in for you since yesterday:`,
  },
};

/** Where a notification leads in the web app: the same places as the bell's links. */
export function pathOf(notice: Pick<MailNotice, 'kind' | 'entityType' | 'entityId'>): string {
  const id = notice.entityId ? encodeURIComponent(notice.entityId) : null;
  if (!id) return '/';
  switch (notice.entityType) {
    case 'Post':
      return `/berichten/${id}`;
    case 'Event':
      return notice.kind === 'REQUEST_DECIDED' ? `/aanvragen?aanvraag=${id}` : `/kalender?item=event:${id}`;
    case 'Slot':
      return `/kalender?item=slot:${id}`;
    case 'NewsroomAction':
      return '/aanvragen';
    case 'Signal':
      return `/nieuwsroom?signaal=${id}`;
    case 'Topic':
      return `/nieuwsroom?onderwerp=${id}`;
    default:
      return '/';
  }
}

export const ACCOUNT_PATH = '/account';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A subject line stays on one line and short. */
function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

interface Line {
  sentence: string;
  url: string;
}

function layout(
  locale: Locale,
  name: string,
  intro: string | null,
  lines: Line[],
  accountUrl: string,
): Pick<Mail, 'text' | 'html'> {
  const m = EMAIL_MESSAGES[locale];
  const text = [
    m.greeting(name),
    '',
    ...(intro ? [intro, ''] : []),
    ...lines.flatMap((line) => [line.sentence, `${m.open}: ${line.url}`, '']),
    '-- ',
    m.footer(accountUrl),
    '',
  ].join('\n');
  const items = lines
    .map((line) => `<p>${escapeHtml(line.sentence)}<br><a href="${escapeHtml(line.url)}">${escapeHtml(m.open)}</a></p>`)
    .join('\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body>`,
    `<p>${escapeHtml(m.greeting(name))}</p>`,
    ...(intro ? [`<p>${escapeHtml(intro)}</p>`] : []),
    items,
    `<hr><p><small>${escapeHtml(m.footer(accountUrl)).replace(
      escapeHtml(accountUrl),
      `<a href="${escapeHtml(accountUrl)}">${escapeHtml(accountUrl)}</a>`,
    )}</small></p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}

function lineOf(locale: Locale, notice: MailNotice, publicUrl: string): Line {
  const m = EMAIL_MESSAGES[locale];
  return { sentence: m.sentence(notice, notice.actorName?.trim() || m.someone), url: `${publicUrl}${pathOf(notice)}` };
}

/** The e-mail of one notification, in the person's language. */
export function renderNotice(locale: Locale, name: string, notice: MailNotice, publicUrl: string): Mail {
  const m = EMAIL_MESSAGES[locale];
  const about = notice.subject || (notice.entityType === 'Signal' ? m.signal : '');
  return {
    subject: oneLine(m.subject[notice.kind](oneLine(about, 80)).replace(/:\s*$/, '')),
    ...layout(locale, name, null, [lineOf(locale, notice, publicUrl)], `${publicUrl}${ACCOUNT_PATH}`),
  };
}

/** The daily digest: every notification since the last one, in one e-mail. */
export function renderDigest(locale: Locale, name: string, notices: MailNotice[], publicUrl: string): Mail {
  const m = EMAIL_MESSAGES[locale];
  return {
    subject: m.digestSubject(notices.length),
    ...layout(
      locale,
      name,
      m.digestIntro(notices.length),
      notices.map((notice) => lineOf(locale, notice, publicUrl)),
      `${publicUrl}${ACCOUNT_PATH}`,
    ),
  };
}
