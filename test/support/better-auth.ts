import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { toNodeHandler } from 'better-auth/node';
import { jwt } from 'better-auth/plugins';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A JWK as the plugin stores it: the private half is plain JSON here (see `disablePrivateKeyEncryption`). */
export interface StoredKey {
  id: string;
  publicKey: string;
  privateKey: string;
  alg?: string;
  createdAt: Date;
  expiresAt?: Date;
}

export interface BetterAuthUser {
  id: string;
  email: string;
  name: string;
  /** The JWT its `/api/auth/token` gave, as an SPA would fetch it. */
  token: string;
  cookie: string;
}

export interface BetterAuthServer {
  /** Its base URL, which the JWT plugin puts in `iss` and `aud`. */
  url: string;
  jwksUrl: string;
  /** How many times `/api/auth/jwks` was asked for. */
  jwksFetches(): number;
  keys(): StoredKey[];
  signUp(email?: string): Promise<BetterAuthUser>;
  /** A fresh token for a signed-in user, from its session cookie. */
  token(user: BetterAuthUser): Promise<string>;
  /** A token signed by the server itself with these claims (e.g. an `exp` in the past). */
  sign(payload: Record<string, unknown>): Promise<string>;
  /** Ends the current key's life: the next token is signed by a new key, the old one stays published. */
  rotate(): void;
  /** Takes the keys ended by `rotate` out of the JWKS (their grace period is over). */
  retireRotated(): void;
  stop(): Promise<void>;
}

/**
 * A real Better Auth server (email and password, JWT plugin, memory database) on a loopback port,
 * serving its JWKS and token routes over HTTP as it would in front of an SPA. `url` may name
 * another instance's address, to make a look-alike whose tokens carry that `iss` and `aud`.
 */
export async function startBetterAuth(options: { url?: string } = {}): Promise<BetterAuthServer> {
  const db: Record<string, unknown[]> = { user: [], session: [], account: [], verification: [], jwks: [] };
  let jwksFetches = 0;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = options.url ?? own;
  const auth = betterAuth({
    baseURL: url,
    secret: randomBytes(32).toString('base64'),
    database: memoryAdapter(db),
    emailAndPassword: { enabled: true },
    // Keys stored unencrypted only so that the tampering tests can sign with the real private key.
    plugins: [jwt({ jwks: { disablePrivateKeyEncryption: true } })],
    telemetry: { enabled: false },
    logger: { disabled: true },
  });
  const handler = toNodeHandler(auth);
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/api/auth/jwks')) jwksFetches += 1;
    void handler(req, res);
  });

  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${own}/api/auth${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', origin: url, ...init.headers },
    });
    if (res.status !== 200) throw new Error(`Better Auth ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  const token = async (user: { cookie: string }) =>
    ((await (await call('/token', { headers: { cookie: user.cookie } })).json()) as { token: string }).token;

  return {
    url,
    jwksUrl: `${url}/api/auth/jwks`,
    jwksFetches: () => jwksFetches,
    keys: () => db.jwks as StoredKey[],
    async signUp(email = `ba-${randomUUID().slice(0, 8)}@example.com`) {
      const name = `Better ${email.slice(0, 8)}`;
      const res = await call('/sign-up/email', {
        method: 'POST',
        body: JSON.stringify({ email, password: `pw-${randomUUID()}`, name }),
      });
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { user } = (await res.json()) as { user: { id: string } };
      return { id: user.id, email, name, cookie, token: await token({ cookie }) };
    },
    token,
    async sign(payload) {
      const { token: signed } = await auth.api.signJWT({ body: { payload } });
      return signed;
    },
    rotate() {
      for (const key of db.jwks as StoredKey[]) key.expiresAt ??= new Date(Date.now() - 1000);
    },
    retireRotated() {
      const beyondGrace = new Date(Date.now() - 31 * 86_400_000);
      for (const key of db.jwks as StoredKey[]) if (key.expiresAt) key.expiresAt = beyondGrace;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The API keeps the key set's cooldown and cache age with Date.now() (inside its JOSE library,
 * not through the application's Clock): only Date is faked, so a test moves that time with
 * `jest.setSystemTime` instead of sleeping, while sockets, timers and the database run as usual.
 * Undo with `jest.useRealTimers()`.
 */
export function freezeDate(): void {
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
