import { Webhook } from 'standardwebhooks';
import type { AppConfig } from '../config/app-config';
import { retryDelayMs } from './webhook-delivery.service';
import { newSecret, sign, WebhookSecretBox } from './webhook-secret';

const box = (secret: string) => new WebhookSecretBox({ jwt: { secret: Buffer.from(secret) } } as AppConfig);

describe('webhook signatures', () => {
  it('are what the Standard Webhooks library makes and verifies', () => {
    const secret = newSecret();
    const body = JSON.stringify({ type: 'task.changed', timestamp: '2026-12-01T00:00:00.000Z', data: {} });
    const at = new Date(Math.floor(Date.now() / 1000) * 1000);
    const signature = sign(secret, 'msg_1', at.getTime() / 1000, body);
    const library = new Webhook(secret);
    expect(signature).toBe(library.sign('msg_1', at, body));
    expect(() =>
      library.verify(body, {
        'webhook-id': 'msg_1',
        'webhook-timestamp': String(at.getTime() / 1000),
        'webhook-signature': signature,
      }),
    ).not.toThrow();
  });
});

describe(WebhookSecretBox.name, () => {
  it('gives back what it sealed, and nothing under another server key', () => {
    const secret = newSecret();
    const sealed = box('a'.repeat(32)).seal(secret);
    expect(sealed.toString('latin1')).not.toContain(secret.slice(6));
    expect(box('a'.repeat(32)).open(sealed)).toBe(secret);
    expect(box('b'.repeat(32)).open(sealed)).toBeNull();
  });
});

describe(retryDelayMs.name, () => {
  it('doubles from 10 s up to 4 h, so a message is tried about a dozen times in its 24 hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(20)).toBe(4 * 3_600_000);
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 24 * 3_600_000) elapsed += retryDelayMs(++attempts);
    expect(attempts).toBeGreaterThanOrEqual(10);
    expect(attempts).toBeLessThanOrEqual(16);
  });
});
