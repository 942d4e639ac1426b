import { Logger } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig, ExternalAuthConfig } from '../../config/app-config';
import { ExternalTokenVerifier } from './external-token.verifier';

/**
 * The key set's cooldown and cache age are kept by the library with Date.now(): only Date is faked,
 * so the test moves that time instead of sleeping, while sockets and timers run as usual.
 */
function freezeDate(): void {
  jest.useFakeTimers({
    now: Date.now(),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

const ISSUER = 'https://app.example.com';
const AUDIENCE = 'https://api.example.com';

/** A loopback JWKS endpoint that counts how often it is asked. */
class KeySetServer {
  fetches = 0;
  status = 200;
  keys: JWK[] = [];
  private readonly server: Server = createServer((_req, res) => {
    this.fetches += 1;
    res.writeHead(this.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: this.keys }));
  });

  async start(): Promise<URL> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return new URL(`http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks`);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function signingKey(alg = 'EdDSA'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = randomBytes(12).toString('base64url');
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg } };
}

const now = () => Math.floor(Date.now() / 1000);

function sign(key: SigningKey, claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}) {
  return new SignJWT({ sub: 'user-1', iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 900, ...claims })
    .setProtectedHeader({ alg: key.publicJwk.alg!, kid: key.kid, ...header })
    .sign(key.privateKey);
}

function verifier(settings: Partial<ExternalAuthConfig> & Pick<ExternalAuthConfig, 'keys'>): ExternalTokenVerifier {
  const externalAuth: ExternalAuthConfig = {
    issuer: ISSUER,
    audience: AUDIENCE,
    jwksCooldownMs: 30_000,
    clockToleranceSeconds: 15,
    ...settings,
  };
  return new ExternalTokenVerifier({ externalAuth } as AppConfig);
}

describe(ExternalTokenVerifier.name, () => {
  const server = new KeySetServer();
  let jwksUrl: URL;
  let key: SigningKey;

  beforeAll(async () => {
    // The warning about an unreachable key set is expected below; it is not this spec's output.
    Logger.overrideLogger(false);
    jwksUrl = await server.start();
    key = await signingKey();
  });
  beforeEach(() => {
    server.fetches = 0;
    server.status = 200;
    server.keys = [key.publicJwk];
  });
  afterEach(() => jest.useRealTimers());
  afterAll(() => server.stop());

  it('is off without settings and then names and accepts nothing', async () => {
    const off = new ExternalTokenVerifier({ externalAuth: undefined } as AppConfig);
    const token = await sign(key);
    expect(off.enabled).toBe(false);
    expect(off.names(token)).toBe(false);
    await expect(off.verify(token)).resolves.toBeNull();
  });

  it('names only tokens whose iss is the external issuer, and never throws on garbage', async () => {
    const v = verifier({ keys: { jwksUrl } });
    expect(v.names(await sign(key))).toBe(true);
    expect(v.names(await sign(key, { iss: 'todo-api' }))).toBe(false);
    expect(v.names('not.a.jwt')).toBe(false);
    expect(v.names('')).toBe(false);
  });

  it.each(['EdDSA', 'ES256', 'RS256', 'PS256'])('accepts a %s token signed by a published key', async (alg) => {
    const other = await signingKey(alg);
    server.keys = [other.publicJwk];
    const identity = await verifier({ keys: { jwksUrl } }).verify(
      await sign(other, { email: ' Ada@Example.COM ', name: 'Ada' }),
    );
    expect(identity).toEqual({
      issuer: ISSUER,
      subject: 'user-1',
      email: 'ada@example.com',
      name: 'Ada',
      expiresAt: expect.any(Date),
    });
  });

  it('keeps the email and name only when they look like one', async () => {
    const v = verifier({ keys: { jwksUrl } });
    const identity = await v.verify(await sign(key, { email: 'not an email', name: 'x'.repeat(101) }));
    expect(identity).toMatchObject({ email: null, name: null });
  });

  it('refuses a token without kid, even when the set holds a single key', async () => {
    const v = verifier({ keys: { jwksUrl } });
    const token = await new SignJWT({ sub: 'user-1', iss: ISSUER, aud: AUDIENCE, exp: now() + 900 })
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(key.privateKey);
    await expect(v.verify(token)).resolves.toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['expired beyond the allowed skew', { exp: now() - 60 }],
    ['not yet valid', { nbf: now() + 600 }],
    ['another issuer', { iss: 'https://evil.example.com' }],
    ['another audience', { aud: 'https://other-api.example.com' }],
    ['no sub', { sub: undefined }],
    ['an empty sub', { sub: '' }],
    ['a sub over 255 characters', { sub: 'x'.repeat(256) }],
    ['no exp', { exp: undefined }],
  ])('refuses a token with %s', async (_name, claims) => {
    await expect(verifier({ keys: { jwksUrl } }).verify(await sign(key, claims))).resolves.toBeNull();
  });

  it('accepts a token expired within the allowed skew', async () => {
    await expect(verifier({ keys: { jwksUrl } }).verify(await sign(key, { exp: now() - 5 }))).resolves.not.toBeNull();
  });

  it('refuses alg none and HS256 signed with the public key, without fetching keys', async () => {
    const v = verifier({ keys: { jwksUrl } });
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = { sub: 'user-1', iss: ISSUER, aud: AUDIENCE, exp: now() + 900 };
    const none = `${b64({ alg: 'none', kid: key.kid })}.${b64(claims)}.`;
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: key.kid })
      .sign(Buffer.from(JSON.stringify(key.publicJwk)));
    await expect(v.verify(none)).resolves.toBeNull();
    await expect(v.verify(hmac)).resolves.toBeNull();
    expect(server.fetches).toBe(0);
  });

  it('asks the issuer once for a flood of unknown kids within the cooldown', async () => {
    freezeDate();
    const v = verifier({ keys: { jwksUrl } });
    await expect(v.verify(await sign(key))).resolves.not.toBeNull();
    const strangers = await Promise.all(Array.from({ length: 5 }, () => signingKey()));
    for (let i = 0; i < 40; i += 1) {
      await expect(
        v.verify(await sign(strangers[i % 5], {}, { kid: randomBytes(8).toString('hex') })),
      ).resolves.toBeNull();
    }
    expect(server.fetches).toBe(1);
  });

  it('fetches again for an unknown kid only once the 30 s cooldown is over, so a new key is picked up', async () => {
    freezeDate();
    const v = verifier({ keys: { jwksUrl } });
    await expect(v.verify(await sign(key))).resolves.not.toBeNull();
    const rotated = await signingKey();
    server.keys = [key.publicJwk, rotated.publicJwk];
    jest.setSystemTime(Date.now() + 29_000);
    await expect(v.verify(await sign(rotated))).resolves.toBeNull();
    expect(server.fetches).toBe(1);
    jest.setSystemTime(Date.now() + 1_001);
    await expect(v.verify(await sign(rotated))).resolves.not.toBeNull();
    await expect(v.verify(await sign(key))).resolves.not.toBeNull();
    expect(server.fetches).toBe(2);
  });

  it('asks an issuer that failed at most once per cooldown, and refuses meanwhile', async () => {
    freezeDate();
    server.status = 503;
    const v = verifier({ keys: { jwksUrl } });
    for (let i = 0; i < 20; i += 1) await expect(v.verify(await sign(key))).resolves.toBeNull();
    expect(server.fetches).toBe(1);
    server.status = 200;
    jest.setSystemTime(Date.now() + 29_000);
    await expect(v.verify(await sign(key))).resolves.toBeNull();
    expect(server.fetches).toBe(1);
    jest.setSystemTime(Date.now() + 1_001);
    await expect(v.verify(await sign(key))).resolves.not.toBeNull();
    expect(server.fetches).toBe(2);
  });

  describe('with a shared secret', () => {
    const secret = randomBytes(32);
    const hs256 = (claims: Record<string, unknown> = {}, key: Uint8Array = secret, alg = 'HS256') =>
      new SignJWT({ sub: 'user-1', iss: ISSUER, aud: AUDIENCE, exp: now() + 900, ...claims })
        .setProtectedHeader({ alg })
        .sign(key);

    it('accepts HS256 from that secret, without kid', async () => {
      await expect(verifier({ keys: { sharedSecret: secret } }).verify(await hs256())).resolves.toMatchObject({
        subject: 'user-1',
      });
    });

    it.each<[string, () => Promise<string>]>([
      ['another secret', () => hs256({}, randomBytes(32))],
      ['HS512 from the secret', () => hs256({}, secret, 'HS512')],
      ['another audience', () => hs256({ aud: 'x' })],
      ['an expired token', () => hs256({ exp: now() - 60 })],
    ])('refuses %s', async (_name, make) => {
      await expect(verifier({ keys: { sharedSecret: secret } }).verify(await make())).resolves.toBeNull();
    });
  });
});
