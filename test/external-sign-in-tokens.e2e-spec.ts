import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createHmac, randomBytes } from 'node:crypto';
import { freezeDate, startBetterAuth, type BetterAuthServer, type BetterAuthUser } from './support/better-auth';
import { expectProblem, send } from './support/http';
import { decodeClaims, decodeHeader } from './support/jwt';
import { createTestApp } from './support/test-app';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** The API with external sign-in on, trusting that Better Auth server. */
const apiFor = (server: BetterAuthServer): Promise<NestFastifyApplication> =>
  createTestApp({ AUTH_JWKS_URL: server.jwksUrl, AUTH_ISSUER: server.url, AUTH_AUDIENCE: server.url });

/** Every way a token for the JWKS path can be forged or bent: each must be the same bare 401. */
describe('external sign-in: tampered tokens', () => {
  let betterAuth: BetterAuthServer;
  let app: NestFastifyApplication;
  let user: BetterAuthUser;
  let other: BetterAuthUser;
  let kid: string;
  let privateKey: CryptoKey;
  let publicJwk: JWK;
  let stranger: CryptoKey;

  beforeAll(async () => {
    betterAuth = await startBetterAuth();
    app = await apiFor(betterAuth);
    user = await betterAuth.signUp();
    other = await betterAuth.signUp();
    const [key] = betterAuth.keys();
    kid = key.id;
    expect(decodeHeader(user.token)).toEqual({ alg: 'EdDSA', kid });
    privateKey = (await importJWK(JSON.parse(key.privateKey) as JWK, 'EdDSA')) as CryptoKey;
    publicJwk = JSON.parse(key.publicKey) as JWK;
    stranger = (await generateKeyPair('EdDSA')).privateKey;
  });
  afterEach(() => jest.useRealTimers());
  afterAll(async () => {
    await app.close();
    await betterAuth.stop();
  });

  const claims = (overrides: Record<string, unknown> = {}) => {
    const base: Record<string, unknown> = {
      sub: user.id,
      email: user.email,
      iat: now(),
      exp: now() + 900,
      iss: betterAuth.url,
      aud: betterAuth.url,
      ...overrides,
    };
    for (const name of Object.keys(base)) if (base[name] === undefined) delete base[name];
    return base;
  };
  /** Signed with the server's real private key, under any header. */
  const signReal = (payload: Record<string, unknown>, header: Record<string, unknown> = { alg: 'EdDSA', kid }) =>
    new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(privateKey);
  const hs256 = (secret: Buffer | string) => {
    const input = `${b64({ alg: 'HS256', kid })}.${b64(claims())}`;
    return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  };
  const me = (token: string) => send(app, 'GET', '/api/auth/me', { token });

  it('accepts a token made here with the real key and kid (so every refusal below is the tampering)', async () => {
    const res = await me(await signReal(claims()));
    expect(res.status).toBe(200);
    expect(res.body.email).toBe(user.email);
  });

  const tampered: [string, () => Promise<string> | string][] = [
    ['a wrong kid (real key, kid unknown)', () => signReal(claims(), { alg: 'EdDSA', kid: 'not-a-published-kid' })],
    ['no kid (real key)', () => signReal(claims(), { alg: 'EdDSA' })],
    ['alg none', () => `${b64({ alg: 'none', kid })}.${b64(claims())}.`],
    [
      'alg NONE with a signature',
      () => `${b64({ alg: 'NONE', kid })}.${b64(claims())}.${randomBytes(64).toString('base64url')}`,
    ],
    ['HS256 signed with the public JWK as the secret', () => hs256(JSON.stringify(publicJwk))],
    ['HS256 signed with the raw public key', () => hs256(Buffer.from(publicJwk.x!, 'base64url'))],
    [
      'ES256 named over an EdDSA signature',
      async () => {
        const [, payload, signature] = (await signReal(claims())).split('.');
        return `${b64({ alg: 'ES256', kid })}.${payload}.${signature}`;
      },
    ],
    [
      'the real kid over another key',
      () => new SignJWT(claims()).setProtectedHeader({ alg: 'EdDSA', kid }).sign(stranger),
    ],
    ['a wrong issuer (real key)', () => signReal(claims({ iss: 'https://evil.example.com' }))],
    ['no issuer (real key)', () => signReal(claims({ iss: undefined }))],
    ['a wrong audience (real key)', () => signReal(claims({ aud: 'https://another-api.example.com' }))],
    ['no audience (real key)', () => signReal(claims({ aud: undefined }))],
    ['an expired token (real key)', () => signReal(claims({ iat: now() - 1000, exp: now() - 120 }))],
    ['nbf in the future (real key)', () => signReal(claims({ nbf: now() + 600 }))],
    ['no exp (real key)', () => signReal(claims({ exp: undefined }))],
    ['no sub (real key)', () => signReal(claims({ sub: undefined }))],
    [
      'a payload changed after signing',
      async () => {
        const [header, , signature] = (await signReal(claims())).split('.');
        return `${header}.${b64(claims({ sub: other.id }))}.${signature}`;
      },
    ],
    ['a signature cut off', async () => (await signReal(claims())).split('.').slice(0, 2).join('.') + '.'],
  ];

  it.each(tampered)('refuses %s with the same bare 401', async (_name, make) => {
    const res = await me(await make());
    expectProblem(res, 401, 'unauthorized');
    expect(res.headers['www-authenticate']).toBe('Bearer');
    // The same body as no token at all: nothing tells a prober which check failed.
    expect(res.body).toEqual((await send(app, 'GET', '/api/auth/me')).body);
  });

  it('asks the issuer for its keys once for a flood of unknown kids, however many', async () => {
    freezeDate();
    // Past any earlier fetch's cooldown: the first unknown kid may fetch, and only it.
    jest.setSystemTime(Date.now() + 31_000);
    expect((await me(await signReal(claims()))).status).toBe(200);
    const before = betterAuth.jwksFetches();
    for (let i = 0; i < 30; i += 1) {
      const token = await new SignJWT(claims())
        .setProtectedHeader({ alg: 'EdDSA', kid: randomBytes(12).toString('base64url') })
        .sign(stranger);
      expect((await me(token)).status).toBe(401);
    }
    expect(betterAuth.jwksFetches() - before).toBe(1);
    expect((await me(await signReal(claims()))).status).toBe(200);
  });
});

describe('external sign-in: key rotation', () => {
  let betterAuth: BetterAuthServer;

  beforeAll(async () => {
    betterAuth = await startBetterAuth();
  });
  afterEach(() => jest.useRealTimers());
  afterAll(() => betterAuth.stop());

  it('takes a new key within 30 s of its first token, and old tokens while their key is published', async () => {
    freezeDate();
    const app = await apiFor(betterAuth);
    try {
      const user = await betterAuth.signUp();
      const oldToken = user.token;
      expect((await send(app, 'GET', '/api/tasks', { token: oldToken })).status).toBe(200);

      betterAuth.rotate();
      const newToken = await betterAuth.token(user);
      expect(decodeHeader(newToken).kid).not.toBe(decodeHeader(oldToken).kid);
      expect(betterAuth.keys()).toHaveLength(2);
      // Within the cooldown of the last fetch, the unknown kid is refused without asking again ...
      const fetches = betterAuth.jwksFetches();
      expectProblem(await send(app, 'GET', '/api/tasks', { token: newToken }), 401, 'unauthorized');
      expect(betterAuth.jwksFetches()).toBe(fetches);
      // ... and past it, the key set is fetched again and holds the new key.
      jest.setSystemTime(Date.now() + 30_001);
      expect((await send(app, 'GET', '/api/tasks', { token: newToken })).status).toBe(200);
      expect(betterAuth.jwksFetches()).toBe(fetches + 1);
      expect((await send(app, 'GET', '/api/tasks', { token: oldToken })).status).toBe(200);
      expect(decodeClaims(newToken).sub).toBe(decodeClaims(oldToken).sub);

      // Once the old key leaves the key set, an instance that loads it refuses the old token.
      betterAuth.retireRotated();
      const fresh = await apiFor(betterAuth);
      try {
        expectProblem(await send(fresh, 'GET', '/api/tasks', { token: oldToken }), 401, 'unauthorized');
        expect((await send(fresh, 'GET', '/api/tasks', { token: newToken })).status).toBe(200);
      } finally {
        await fresh.close();
      }
    } finally {
      await app.close();
    }
  });
});
