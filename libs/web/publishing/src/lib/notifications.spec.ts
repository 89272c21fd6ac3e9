import { bellLabelKey, notificationHref, notificationMessage } from './notifications';

const base = {
  kind: 'CHANGES_REQUESTED',
  entityType: 'Post',
  entityId: 'p1',
  subject: 'Bibliotheek open',
  actorName: 'Eva de Jong',
};

describe('notificationMessage', () => {
  it('words each kind with who did it and what it is about', () => {
    expect(notificationMessage(base, 'Iemand')).toEqual({
      key: 'notifications.kind.CHANGES_REQUESTED',
      params: { actor: 'Eva de Jong', subject: 'Bibliotheek open' },
    });
    for (const kind of [
      'ASSIGNED',
      'REVIEW_REQUESTED',
      'POST_APPROVED',
      'REQUEST_DECIDED',
      'MENTIONED',
      'CRISIS_SWITCHED',
      'CHANNEL_APPROVED',
      'CHANNEL_DECLINED',
      'WEBCARE_ON_CALL',
      'NEWSROOM_QUESTION',
      'QUESTION_ANSWERED',
      'MONITOR_DUE',
      'WEBHOOK_DISABLED',
    ]) {
      expect(notificationMessage({ ...base, kind }, 'Iemand').key).toBe(`notifications.kind.${kind}`);
    }
  });

  it('says what was decided and which way a switch went', () => {
    const key = (kind: string, outcome: string) => notificationMessage({ ...base, kind, outcome }, 'Iemand').key;
    expect(key('REQUEST_DECIDED', 'ACCEPTED')).toBe('notifications.kind.REQUEST_ACCEPTED');
    expect(key('REQUEST_DECIDED', 'DECLINED')).toBe('notifications.kind.REQUEST_DECLINED');
    expect(key('CRISIS_SWITCHED', 'ON')).toBe('notifications.kind.CRISIS_ON');
    expect(key('CRISIS_SWITCHED', 'OFF')).toBe('notifications.kind.CRISIS_OFF');
    expect(key('WEBCARE_ON_CALL', 'URGENT')).toBe('notifications.kind.WEBCARE_URGENT');
    expect(key('WEBCARE_ON_CALL', 'OVERDUE')).toBe('notifications.kind.WEBCARE_OVERDUE');
  });

  it('says "someone" when the actor is unknown', () => {
    expect(notificationMessage({ ...base, actorName: null }, 'Iemand').params.actor).toBe('Iemand');
  });

  it('falls back to a general sentence for a kind it does not know', () => {
    expect(notificationMessage({ ...base, kind: 'SOMETHING_NEW' }, 'Iemand').key).toBe('notifications.kind.other');
  });
});

describe('notificationHref', () => {
  it('leads to the post editor, the calendar item or the requests', () => {
    expect(notificationHref(base)).toBe('/berichten/p1');
    expect(notificationHref({ ...base, kind: 'ASSIGNED', entityType: 'Event', entityId: 'e1' })).toBe(
      '/kalender?item=event:e1',
    );
    expect(notificationHref({ ...base, kind: 'MENTIONED', entityType: 'Slot', entityId: 's1' })).toBe(
      '/kalender?item=slot:s1',
    );
    expect(notificationHref({ ...base, kind: 'REQUEST_DECIDED', entityType: 'Event', entityId: 'e1' })).toBe(
      '/aanvragen?aanvraag=e1',
    );
    expect(notificationHref({ ...base, kind: 'CHANNEL_DECLINED', entityType: 'Channel', entityId: 'c1' })).toBe(
      '/kanaalvoorstellen',
    );
    expect(notificationHref({ ...base, kind: 'WEBCARE_ON_CALL', entityType: 'Signal', entityId: 's1' })).toBe(
      '/nieuwsroom?signaal=s1',
    );
  });

  it("leads a liaison to the newsroom's questions, and the team to the signal or topic in the newsroom", () => {
    expect(notificationHref({ ...base, kind: 'NEWSROOM_QUESTION', entityType: 'NewsroomAction', entityId: 'a1' })).toBe(
      '/aanvragen',
    );
    expect(notificationHref({ ...base, kind: 'MONITOR_DUE', entityType: 'Signal', entityId: 's1' })).toBe(
      '/nieuwsroom?signaal=s1',
    );
    expect(notificationHref({ ...base, kind: 'QUESTION_ANSWERED', entityType: 'Topic', entityId: 't1' })).toBe(
      '/nieuwsroom?onderwerp=t1',
    );
  });

  it('leads the maker of a webhook that was switched off to the webhooks page', () => {
    expect(notificationHref({ ...base, kind: 'WEBHOOK_DISABLED', entityType: 'Webhook', entityId: 'w1' })).toBe(
      '/beheer/webhooks',
    );
  });

  it('leads nowhere for a crisis switch', () => {
    expect(notificationHref({ ...base, kind: 'CRISIS_SWITCHED', entityType: 'Crisis', entityId: 'c1' })).toBeNull();
  });
});

describe('bellLabelKey', () => {
  it('picks none, one or many', () => {
    expect([0, 1, 3].map(bellLabelKey)).toEqual([
      'notifications.bellNone',
      'notifications.bellOne',
      'notifications.bellMany',
    ]);
  });
});
