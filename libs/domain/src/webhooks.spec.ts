import { checkWebhook, WEBHOOK_EVENTS } from './webhooks';

describe('checkWebhook', () => {
  it('accepts an absolute http(s) address and known events', () => {
    expect(checkWebhook({ url: 'https://tool.example.test/hooks/planbord', events: ['post.approved'] })).toEqual({});
    expect(checkWebhook({ url: 'http://127.0.0.1:8080/in', events: [...WEBHOOK_EVENTS] })).toEqual({});
  });

  it.each([
    '',
    '   ',
    '/hooks/planbord',
    'tool.example.test/in',
    'ftp://tool.example.test/in',
    'https://',
    'https://a b.test',
  ])('refuses %j as the address', (url) => {
    expect(checkWebhook({ url, events: ['post.approved'] }).url).toBeDefined();
  });

  it('refuses no events and unknown ones', () => {
    expect(checkWebhook({ url: 'https://x.test', events: [] }).events).toEqual({ code: 'required' });
    expect(checkWebhook({ url: 'https://x.test', events: ['post.deleted'] }).events).toEqual({ code: 'invalidChoice' });
    expect(checkWebhook({ url: 'https://x.test', events: ['webhook.test'] }).events).toEqual({ code: 'invalidChoice' });
  });

  it('checks only what a change gives', () => {
    expect(checkWebhook({ events: ['signal.urgent'] }, true)).toEqual({});
    expect(checkWebhook({ url: 'nope' }, true)).toEqual({ url: { code: 'invalidChoice' } });
  });

  it('refuses an address longer than 1000 characters', () => {
    expect(checkWebhook({ url: `https://x.test/${'a'.repeat(1000)}`, events: ['post.approved'] }).url).toEqual({
      code: 'tooLong',
      max: 1000,
    });
  });
});
