import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const SECRET = 's'.repeat(32);

describe(loadConfig.name, () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'cfg-'));

  it('applies the documented defaults in development', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      bcryptCost: 12,
      corsOrigins: ['http://localhost:5173', 'http://localhost:4200'],
      jwt: { accessTtlSeconds: 900 },
      refreshTtlSeconds: 30 * 86400,
      refreshReuseGraceSeconds: 30,
    });
  });

  it('generates a development secret once and keeps it under the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwt.secret.equals(first.jwt.secret)).toBe(true);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first.jwt.secret.toString('base64'));
    expect(loadConfig({ DATA_DIR: dataDir() }).jwt.secret.equals(first.jwt.secret)).toBe(false);
  });

  it('refuses to start in production without JWT_SECRET, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db' })).toThrow(
      /JWT_SECRET is required/,
    );
  });

  it('refuses a JWT_SECRET shorter than 32 bytes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET must be at least 32 bytes \(got 5\)/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(31), DATA_DIR: dataDir() })).toThrow(ConfigError);
  });

  it('starts in production with a long enough secret, no CORS origins by default', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', JWT_SECRET: SECRET });
    expect(config.corsOrigins).toEqual([]);
    expect(config.jwt.secret.toString()).toBe(SECRET);
  });

  it('requires DATABASE_URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toThrow(/DATABASE_URL is required/);
  });

  it.each([
    ['PORT', 'abc', /PORT must be a whole number/],
    ['PORT', '70000', /PORT must be a whole number from 0 to 65535/],
    ['BCRYPT_COST', '9', /BCRYPT_COST must be a whole number from 10/],
    ['JWT_ACCESS_TTL', 'soon', /JWT_ACCESS_TTL must be a duration/],
    ['DATABASE_URL', 'mysql://h/db', /DATABASE_URL must be a postgres/],
    ['CORS_ORIGINS', 'localhost:5173', /CORS_ORIGINS entries must be origins/],
    ['NODE_ENV', 'staging', /NODE_ENV must be/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
    ['JWT_REFRESH_REUSE_GRACE', 'soon', /JWT_REFRESH_REUSE_GRACE must be 0 \(off\) or whole seconds/],
    ['JWT_REFRESH_REUSE_GRACE', '1h', /JWT_REFRESH_REUSE_GRACE must be .* up to 300/],
    ['JWT_REFRESH_REUSE_GRACE', '1500ms', /JWT_REFRESH_REUSE_GRACE must be/],
    ['JWT_REFRESH_REUSE_GRACE', '-5', /JWT_REFRESH_REUSE_GRACE must be/],
    ['REDIS_URL', 'cache.internal:6379', /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ['REDIS_URL', 'redis://cache.internal:port', /REDIS_URL must be/],
    ['REDIS_URL', 'redis://', /REDIS_URL must be/],
    ['REDIS_URL', 'redis://cache.internal/not-a-db', /REDIS_URL must be/],
    ['JOBS_POLL_INTERVAL', 'often', /JOBS_POLL_INTERVAL must be a duration from 50ms to 60s/],
    ['JOBS_POLL_INTERVAL', '10ms', /JOBS_POLL_INTERVAL must be/],
    ['JOBS_POLL_INTERVAL', '2m', /JOBS_POLL_INTERVAL must be/],
    ['JOBS_CONCURRENCY', '0', /JOBS_CONCURRENCY must be a whole number from 1 to 32/],
  ])('names %s when it is %s', (name, value, message) => {
    expect(() => loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dataDir(), [name]: value })).toThrow(message);
  });

  it.each(['redis://cache.internal:6379', 'rediss://app:pw@cache.internal:6380/2', 'redis://127.0.0.1'])(
    'accepts REDIS_URL=%s',
    (url) => {
      expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dataDir(), REDIS_URL: url }).redisUrl).toBe(url);
    },
  );

  it.each([
    ['0', 0],
    ['45', 45],
    ['2m', 120],
    ['5m', 300],
  ])('reads JWT_REFRESH_REUSE_GRACE=%s as %i seconds (0 turns it off)', (value, seconds) => {
    const config = loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dataDir(), JWT_REFRESH_REUSE_GRACE: value });
    expect(config.refreshReuseGraceSeconds).toBe(seconds);
  });

  it.each([
    [undefined, 500],
    ['250', 250],
    ['250ms', 250],
    ['2s', 2000],
  ])('reads JOBS_POLL_INTERVAL=%s as %i ms', (value, ms) => {
    const env = { JWT_SECRET: SECRET, DATA_DIR: dataDir(), ...(value ? { JOBS_POLL_INTERVAL: value } : {}) };
    expect(loadConfig(env).jobs).toEqual({ pollIntervalMs: ms, concurrency: 4, batchSize: 0 });
  });

  it('reports every problem at once', () => {
    const load = () => loadConfig({ PORT: 'x', BCRYPT_COST: '2', JWT_SECRET: SECRET });
    expect(load).toThrow(/BCRYPT_COST must be/);
    expect(load).toThrow(/PORT must be/);
  });

  it.each([
    ['15m', 900],
    ['90s', 90],
    ['900', 900],
    ['1h', 3600],
  ])('reads JWT_ACCESS_TTL=%s as %i seconds', (value, seconds) => {
    expect(loadConfig({ JWT_SECRET: SECRET, DATA_DIR: dataDir(), JWT_ACCESS_TTL: value }).jwt.accessTtlSeconds).toBe(
      seconds,
    );
  });
});

describe('TRUST_PROXY', () => {
  const load = (value: string) => loadConfig({ TRUST_PROXY: value, DATA_DIR: mkdtempSync(join(tmpdir(), 'cfg-')) });

  it.each([
    ['', false],
    ['false', false],
    ['true', true],
    ['uniquelocal', ['uniquelocal']],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.0/24,loopback', ['10.0.0.0/8', '192.168.1.0/24', 'loopback']],
    ['fd00::/8,::1', ['fd00::/8', '::1']],
  ])('reads "%s" as %p', (value, expected) => {
    expect(load(value).trustProxy).toEqual(expected);
  });

  it.each(['yes', '1', 'nginx', '10.0.0.0/33', '10.0.0.256', 'fd00::/129', '10.0.0.0/8/1', '10.0.0.1,'])(
    'refuses "%s" at boot, naming the variable',
    (value) => {
      expect(() => load(value)).toThrow(ConfigError);
      expect(() => load(value)).toThrow(/TRUST_PROXY must be true, false, or the proxies' addresses/);
    },
  );
});

describe('external sign-in settings', () => {
  const base = { JWT_SECRET: SECRET, DATA_DIR: mkdtempSync(join(tmpdir(), 'cfg-')) };
  const jwks = {
    AUTH_JWKS_URL: 'https://app.example.com/api/auth/jwks',
    AUTH_ISSUER: 'https://app.example.com',
    AUTH_AUDIENCE: 'https://app.example.com',
  };

  it('is off by default', () => {
    expect(loadConfig(base).externalAuth).toBeUndefined();
  });

  it('reads a JWKS source with its issuer and audience, cooling down 30 s between key fetches', () => {
    expect(loadConfig({ ...base, ...jwks }).externalAuth).toEqual({
      issuer: 'https://app.example.com',
      audience: 'https://app.example.com',
      keys: { jwksUrl: new URL('https://app.example.com/api/auth/jwks') },
      jwksCooldownMs: 30_000,
      clockToleranceSeconds: 15,
    });
  });

  it('reads a shared secret byte for byte', () => {
    const secret = ` ${'k'.repeat(31)}`;
    const config = loadConfig({ ...base, AUTH_SHARED_SECRET: secret, AUTH_ISSUER: 'spa', AUTH_AUDIENCE: 'api' });
    expect(config.externalAuth?.keys).toEqual({ sharedSecret: Buffer.from(secret) });
  });

  it.each([
    [
      'a shared secret under 32 bytes',
      { AUTH_SHARED_SECRET: 'x'.repeat(31), AUTH_ISSUER: 'a', AUTH_AUDIENCE: 'b' },
      /AUTH_SHARED_SECRET must be at least 32 bytes \(got 31\)/,
    ],
    ['a JWKS URL without issuer', { AUTH_JWKS_URL: jwks.AUTH_JWKS_URL, AUTH_AUDIENCE: 'b' }, /AUTH_ISSUER is required/],
    [
      'a JWKS URL without audience',
      { AUTH_JWKS_URL: jwks.AUTH_JWKS_URL, AUTH_ISSUER: 'a' },
      /AUTH_AUDIENCE is required/,
    ],
    ['an issuer and audience without keys', { AUTH_ISSUER: 'a', AUTH_AUDIENCE: 'b' }, /need AUTH_JWKS_URL/],
    [
      'both sources of keys',
      { ...jwks, AUTH_SHARED_SECRET: 'x'.repeat(40) },
      /either AUTH_JWKS_URL or AUTH_SHARED_SECRET/,
    ],
    [
      'a JWKS URL that is not http(s)',
      { ...jwks, AUTH_JWKS_URL: 'file:///etc/keys.json' },
      /AUTH_JWKS_URL must be an http\(s\) URL/,
    ],
    ['a JWKS URL that is not a URL', { ...jwks, AUTH_JWKS_URL: 'keys' }, /AUTH_JWKS_URL must be an http\(s\) URL/],
    ['our own issuer', { ...jwks, AUTH_ISSUER: 'todo-api' }, /AUTH_ISSUER must differ from JWT_ISSUER/],
  ])('refuses %s at boot', (_name, env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });

  it('requires https for the JWKS in production', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', JWT_SECRET: SECRET };
    expect(() => loadConfig({ ...production, ...jwks, AUTH_JWKS_URL: 'http://auth:3000/api/auth/jwks' })).toThrow(
      /AUTH_JWKS_URL must be https/,
    );
    expect(loadConfig({ ...production, ...jwks }).externalAuth?.issuer).toBe('https://app.example.com');
  });
});

describe('webhook settings', () => {
  const base = { DATA_DIR: mkdtempSync(join(tmpdir(), 'cfg-')) };

  it('refuse private receivers, poll every 5 s and wait 10 s for an answer by default; https only in production', () => {
    expect(loadConfig(base).webhooks).toEqual({
      allowPrivate: false,
      httpsOnly: false,
      pollIntervalMs: 5000,
      timeoutMs: 10_000,
    });
    const production = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', JWT_SECRET: SECRET });
    expect(production.webhooks.httpsOnly).toBe(true);
  });

  it('read WEBHOOK_ALLOW_PRIVATE, WEBHOOK_POLL_INTERVAL and WEBHOOK_TIMEOUT', () => {
    const config = loadConfig({
      ...base,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_POLL_INTERVAL: '50ms',
      WEBHOOK_TIMEOUT: '5s',
    });
    expect(config.webhooks).toMatchObject({ allowPrivate: true, pollIntervalMs: 50, timeoutMs: 5000 });
  });

  it.each([
    ['WEBHOOK_ALLOW_PRIVATE', 'yes', /WEBHOOK_ALLOW_PRIVATE must be true or false/],
    ['WEBHOOK_POLL_INTERVAL', '2m', /WEBHOOK_POLL_INTERVAL must be a duration/],
    ['WEBHOOK_TIMEOUT', 'soon', /WEBHOOK_TIMEOUT must be a duration/],
  ])('refuse %s=%s', (name, value, message) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(message);
  });
});
