import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const INFO = 'todo-api refresh-token successor v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

// The key comes from the token itself, never stored; its SHA-256 (what the database keeps) cannot
// give it back, because HKDF with this label is another function of the token.
function keyFor(token: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(token, 'utf8'), Buffer.alloc(0), INFO, 32));
}

/**
 * The successor of a rotated refresh token, encrypted (AES-256-GCM) under a key only the rotated
 * token's holder can derive. The database therefore holds no usable token: reading it gives
 * hashes and sealed copies, and opening a copy needs the plaintext token it was rotated from.
 */
export function sealSuccessor(rotated: string, successor: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(rotated), iv);
  const sealed = Buffer.concat([cipher.update(successor, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]);
}

/** The successor sealed by `sealSuccessor`, or null when `rotated` is not the token it was sealed for. */
export function openSuccessor(rotated: string, sealed: Buffer): string | null {
  if (sealed.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(rotated), sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
