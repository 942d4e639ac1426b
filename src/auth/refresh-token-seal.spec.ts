import { createHash, randomBytes } from 'node:crypto';
import { openSuccessor, sealSuccessor } from './refresh-token-seal';

const token = () => randomBytes(32).toString('base64url');

describe(sealSuccessor.name, () => {
  it('gives the successor back to the holder of the token it was rotated from', () => {
    const rotated = token();
    const successor = token();
    expect(openSuccessor(rotated, sealSuccessor(rotated, successor))).toBe(successor);
  });

  it('holds no trace of the successor, and seals it differently each time', () => {
    const rotated = token();
    const successor = token();
    const sealed = sealSuccessor(rotated, successor);
    expect(sealed.toString('latin1')).not.toContain(successor);
    expect(sealed.includes(Buffer.from(successor, 'base64url'))).toBe(false);
    expect(sealSuccessor(rotated, successor).equals(sealed)).toBe(false);
  });

  it('opens for no other token, nor for what the database keeps of the right one', () => {
    const rotated = token();
    const sealed = sealSuccessor(rotated, token());
    expect(openSuccessor(token(), sealed)).toBeNull();
    expect(openSuccessor(createHash('sha256').update(rotated).digest('base64url'), sealed)).toBeNull();
  });

  it('refuses a sealed copy that was tampered with or cut short', () => {
    const rotated = token();
    const sealed = sealSuccessor(rotated, token());
    const flipped = Buffer.from(sealed);
    flipped[20] ^= 1;
    expect(openSuccessor(rotated, flipped)).toBeNull();
    expect(openSuccessor(rotated, sealed.subarray(0, 20))).toBeNull();
  });
});
