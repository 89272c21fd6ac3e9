import { newWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  it('makes secrets in the Standard Webhooks format with at least 24 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('signs the example of the Standard Webhooks specification as it does', () => {
    // From the specification's own test vectors.
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('accepts a fresh signature among several and refuses a wrong or stale one', () => {
    const secret = newWebhookSecret();
    const body = Buffer.from('{"a":1}');
    const now = 1_700_000_000_000;
    const timestamp = String(now / 1000);
    const signature = signWebhook(secret, 'msg_1', Number(timestamp), body);
    expect(verifyWebhook(secret, { id: 'msg_1', timestamp, signature: `v1,bm9wZQ== ${signature}` }, body, now)).toBe(
      'ok',
    );
    expect(verifyWebhook(secret, { id: 'msg_2', timestamp, signature }, body, now)).toBe('badSignature');
    expect(verifyWebhook(newWebhookSecret(), { id: 'msg_1', timestamp, signature }, body, now)).toBe('badSignature');
    expect(verifyWebhook(secret, { id: 'msg_1', timestamp, signature }, body, now + 301_000)).toBe('stale');
    expect(verifyWebhook(secret, { id: 'msg_1', timestamp }, body, now)).toBe('badSignature');
  });
});
