import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const SECRET_PREFIX = 'whsec_';
/** 32 random bytes, in standard base64 as Standard Webhooks libraries expect after the prefix. */
export const SECRET_PATTERN = '^whsec_[A-Za-z0-9+/]{43}=$';
const SECRET_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/**
 * Standard Webhooks' signature: HMAC-SHA256 of `id.timestamp.body`, keyed by the secret's bytes
 * (the base64 after `whsec_`), as `v1,<base64>`.
 */
export function sign(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/**
 * Signing needs the secret itself, so unlike a password or a token it cannot be kept as a hash. It
 * is sealed (AES-256-GCM) under a key derived from JWT_SECRET, so a copy of the database alone
 * cannot sign for anyone. Changing JWT_SECRET makes the stored secrets unreadable: such an
 * endpoint is disabled at its next delivery, and its owner registers it again.
 */
@Injectable()
export class WebhookSecretBox {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.jwt.secret, Buffer.alloc(0), 'todo-api webhook secret v1', 32));
  }

  seal(secret: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]);
  }

  /** Null when the secret was sealed under another key. */
  open(sealed: Buffer): string | null {
    if (sealed.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
