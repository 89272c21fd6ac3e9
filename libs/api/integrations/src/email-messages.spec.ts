import { EMAIL_MESSAGES, escapeHtml, pathOf, renderDigest, renderNotice, type MailNotice } from './email-messages';
import { EMAIL_KINDS } from './email-preferences.entity';

const BASE = 'https://planbord.example.test';
const notice = (fields: Partial<MailNotice> = {}): MailNotice => ({
  kind: 'ASSIGNED',
  entityType: 'Event',
  entityId: '0b6f3c1e-8a55-4f0e-9d59-2f7e0f3b2a10',
  subject: 'Koningsdag',
  outcome: null,
  actorName: 'Eva',
  ...fields,
});

describe('e-mail messages', () => {
  it('have a subject and a sentence for every kind in both languages', () => {
    for (const locale of ['nl', 'en'] as const)
      for (const kind of EMAIL_KINDS) {
        const mail = renderNotice(locale, 'Daan', notice({ kind }), BASE);
        expect(mail.subject.length).toBeGreaterThan(5);
        expect(mail.text).toContain(EMAIL_MESSAGES[locale].greeting('Daan'));
      }
  });

  it('escape what people wrote in the HTML part and keep it as written in the text part', () => {
    const mail = renderNotice('nl', 'Daan <script>', notice({ subject: '<img src=x onerror=alert(1)> & co' }), BASE);
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(mail.text).toContain('<img src=x onerror=alert(1)> & co');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });

  it('keep a subject line on one line', () => {
    const mail = renderNotice('en', 'Emma', notice({ subject: 'Line one\r\nBcc: someone@example.test' }), BASE);
    expect(mail.subject).toBe('You were assigned: Line one Bcc: someone@example.test');
  });

  it('say only that there is a signal when the subject would quote a resident', () => {
    const mail = renderNotice(
      'nl',
      'Daan',
      notice({ kind: 'WEBCARE_ON_CALL', entityType: 'Signal', subject: '', outcome: 'OVERDUE' }),
      BASE,
    );
    expect(mail.subject).toBe('Webcare wacht op een reactie: een signaal');
    expect(mail.text).toContain(`${BASE}/nieuwsroom?signaal=`);
  });

  it('link to the same places as the bell', () => {
    const id = '0b6f3c1e-8a55-4f0e-9d59-2f7e0f3b2a10';
    expect(pathOf({ kind: 'REVIEW_REQUESTED', entityType: 'Post', entityId: id })).toBe(`/berichten/${id}`);
    expect(pathOf({ kind: 'REQUEST_DECIDED', entityType: 'Event', entityId: id })).toBe(`/aanvragen?aanvraag=${id}`);
    expect(pathOf({ kind: 'ASSIGNED', entityType: 'Slot', entityId: id })).toBe(`/kalender?item=slot:${id}`);
    expect(pathOf({ kind: 'NEWSROOM_QUESTION', entityType: 'NewsroomAction', entityId: id })).toBe('/aanvragen');
  });

  it('gather a digest in one e-mail with a line and a link per notification', () => {
    const mail = renderDigest(
      'en',
      'Emma',
      [notice(), notice({ kind: 'CHANGES_REQUESTED', entityType: 'Post', subject: 'Vlog' })],
      BASE,
    );
    expect(mail.subject).toBe('Planbord: 2 notifications since yesterday');
    expect(mail.text).toContain('Eva assigned you to ‘Koningsdag’.');
    expect(mail.text).toContain('Eva asks for changes to ‘Vlog’.');
    expect(mail.html.match(/<a href=/g)).toHaveLength(3);
  });
});
