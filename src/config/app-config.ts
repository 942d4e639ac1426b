import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseTrustProxy } from './trust-proxy';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  jwt: { secret: Buffer; accessTtlSeconds: number; issuer: string; audience: string };
  refreshTtlSeconds: number;
  /**
   * How long a refresh token just rotated away may still be presented and answered with its
   * successor (tabs racing, a retry after a lost answer) instead of being treated as theft; 0 = never.
   */
  refreshReuseGraceSeconds: number;
  bcryptCost: number;
  bcryptConcurrency: number;
  corsOrigins: string[];
  dbPoolSize: number;
  dbConnectTimeoutMs: number;
  dbStatementTimeoutMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  redisUrl: string | undefined;
  /**
   * Which proxies may name the client in X-Forwarded-For (see parseTrustProxy). Behind a load
   * balancer this must be set, or every client shares its address and so its rate limits.
   */
  trustProxy: boolean | string[];
  /** Prefixes every key this service writes to Redis, so several deployments can share one server. */
  redisKeyPrefix: string;
  rateLimits: RateLimits;
  /** How long a trashed task stays restorable before it is deleted for good. */
  trashRetentionSeconds: number;
  /** How long the changes feed keeps a change (a deletion most of all); an older cursor must sync again. */
  changesRetentionSeconds: number;
  /** Tokens of the single-page app's own sign-in service, accepted beside ours; undefined when off. */
  externalAuth: ExternalAuthConfig | undefined;
  jobs: JobsConfig;
  webhooks: WebhookConfig;
  liveEvents: LiveEventsConfig;
}

/** The PostgreSQL job engine every instance runs (reminders, deliveries). */
export interface JobsConfig {
  /**
   * How often an idle instance asks for jobs that came due. A job due now wakes the workers at once
   * (NOTIFY); one scheduled for later, like a reminder, starts within this interval of its time.
   */
  pollIntervalMs: number;
  /** Jobs one instance runs at the same time. */
  concurrency: number;
  /**
   * Jobs one instance takes (and locks) per fetch, 0 for one at a time: far fewer fetches when many
   * come due at once, but a killed instance leaves that many locked until a restart re-arms them.
   */
  batchSize: number;
}

export interface WebhookConfig {
  /** Deliver to loopback, private, link-local and metadata addresses too (a receiver on the same network). */
  allowPrivate: boolean;
  /** Only `https` receivers (production), or `http` too. */
  httpsOnly: boolean;
  /** How often each instance looks for events to deliver and retries that are due. */
  pollIntervalMs: number;
  /** A receiver that has not answered 2xx by then has failed this attempt. */
  timeoutMs: number;
}

export interface LiveEventsConfig {
  /** How often an idle stream sends a comment line, so that proxies do not close it. */
  heartbeatMs: number;
  /** Open streams per user, counted across instances; one more is a 429. */
  maxStreamsPerUser: number;
}

/** Keys from the issuer's published JWKS, or (the weaker option) one secret shared with it. */
export type ExternalAuthKeys = { jwksUrl: URL } | { sharedSecret: Buffer };

export interface ExternalAuthConfig {
  issuer: string;
  audience: string;
  keys: ExternalAuthKeys;
  /** An unknown `kid` fetches the JWKS again at most this often; so does a failed fetch. */
  jwksCooldownMs: number;
  /** Clock skew allowed on `exp`, `nbf` and `iat`. */
  clockToleranceSeconds: number;
}

/** At most `limit` in a fixed window of `windowSeconds`; past it, 429 until the window ends. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface RateLimits {
  /** Per client address, on every route without a stricter limit of its own. */
  api: RateLimit;
  /** Per client address, on each of these routes. */
  login: RateLimit;
  register: RateLimit;
  refresh: RateLimit;
  /** change-password and account deletion: both check the password, so both are guesses. */
  password: RateLimit;
  /** Failed sign-ins for one account from one client address; a success clears it. */
  loginPerAccountAndClient: RateLimit;
  /** Failed sign-ins for one account from all clients together; looser, so a real user is rarely caught. */
  loginPerAccount: RateLimit;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const DURATION = /^(\d+)(ms|s|m|h|d)?$/;
const RATE = /^(\d+)\s*\/\s*(\d+)(s|m|h|d)?$/;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };
const MAX_REUSE_GRACE_SECONDS = 300;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every environment variable the configuration reads. loadConfig can read no other (its `env` is
 * typed by this list), and a test holds .env.example to it, so a new variable is documented there.
 */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATA_DIR',
  'JWT_SECRET',
  'JWT_ACCESS_TTL',
  'JWT_REFRESH_TTL',
  'JWT_REFRESH_REUSE_GRACE',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'BCRYPT_COST',
  'BCRYPT_CONCURRENCY',
  'CORS_ORIGINS',
  'DB_POOL_SIZE',
  'DB_CONNECT_TIMEOUT_MS',
  'DB_STATEMENT_TIMEOUT_MS',
  'LOG_LEVEL',
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'TRUST_PROXY',
  'TRASH_RETENTION',
  'CHANGES_RETENTION',
  'RATE_LIMIT_API',
  'RATE_LIMIT_LOGIN',
  'RATE_LIMIT_REGISTER',
  'RATE_LIMIT_REFRESH',
  'RATE_LIMIT_PASSWORD',
  'RATE_LIMIT_LOGIN_ACCOUNT_CLIENT',
  'RATE_LIMIT_LOGIN_ACCOUNT',
  'AUTH_JWKS_URL',
  'AUTH_SHARED_SECRET',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'JOBS_POLL_INTERVAL',
  'JOBS_CONCURRENCY',
  'JOBS_BATCH_SIZE',
  'WEBHOOK_ALLOW_PRIVATE',
  'WEBHOOK_POLL_INTERVAL',
  'WEBHOOK_TIMEOUT',
  'EVENTS_HEARTBEAT',
  'EVENTS_MAX_STREAMS_PER_USER',
] as const;

export type ConfigVariable = (typeof CONFIG_VARIABLES)[number];

/** The environment as loadConfig sees it: only the variables it declares. */
export type ConfigEnv = Readonly<Partial<Record<ConfigVariable, string>>>;

/**
 * Reads the environment once and fails with every problem named by its variable,
 * so a misconfigured deploy stops at boot instead of misbehaving later.
 */
export function loadConfig(env: ConfigEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';

  const int = (name: ConfigVariable, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return Number(raw);
  };
  const duration = (name: ConfigVariable, fallback: string, minSeconds: number): number => {
    const raw = env[name] || fallback;
    const match = DURATION.exec(raw.trim());
    const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2] ?? 's'] : NaN;
    if (!(seconds >= minSeconds)) {
      problems.push(
        `${name} must be a duration like 900, 90s, 15m, 12h or 30d, at least ${minSeconds}s (got "${raw}")`,
      );
      return 0;
    }
    return Math.floor(seconds);
  };

  const dataDir = env.DATA_DIR || join(process.cwd(), '.data');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  if (production && !databaseUrl) {
    problems.push('DATABASE_URL is required when NODE_ENV=production (the embedded database is for development)');
  }

  let secret: Buffer | undefined;
  const rawSecret = env.JWT_SECRET;
  if (rawSecret) {
    secret = Buffer.from(rawSecret, 'utf8');
    if (secret.length < 32) problems.push(`JWT_SECRET must be at least 32 bytes (got ${secret.length})`);
  } else if (production) {
    problems.push(
      'JWT_SECRET is required when NODE_ENV=production (at least 32 bytes, e.g. `openssl rand -base64 48`)',
    );
  } else {
    secret = developmentSecret(dataDir);
  }

  const bcryptCost = int('BCRYPT_COST', 12, 10, 15);
  const corsRaw = env.CORS_ORIGINS ?? (production ? '' : 'http://localhost:5173,http://localhost:4200');
  const corsOrigins = corsRaw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(`CORS_ORIGINS entries must be origins like https://app.example.com (got "${origin}")`);
    }
  }
  const logLevel = (env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const redisUrl = env.REDIS_URL || undefined;
  // Checked here because an unreachable Redis no longer stops the start: a typo must still.
  if (redisUrl && !isRedisUrl(redisUrl)) {
    problems.push('REDIS_URL must be a redis:// or rediss:// URL with a host, like redis://cache.internal:6379');
  }
  const { value: trustProxy, problem: trustProblem } = parseTrustProxy(env.TRUST_PROXY);
  if (trustProblem) problems.push(trustProblem);
  const rate = (name: ConfigVariable, fallback: string): RateLimit => {
    const raw = env[name] || fallback;
    const match = RATE.exec(raw.trim());
    const limit = match ? Number(match[1]) : NaN;
    const window = match ? Number(match[2]) * UNIT_SECONDS[match[3] ?? 's'] : NaN;
    if (!(limit >= 1) || !(window >= 1)) {
      problems.push(`${name} must be a count per duration like 10/1m, 5/15m or 100/1h (got "${raw}")`);
      return { limit: 1, windowSeconds: 1 };
    }
    return { limit, windowSeconds: Math.floor(window) };
  };

  // A bare number is milliseconds here: these settings are sub-second.
  const milliseconds = (name: ConfigVariable, fallbackMs: number, minMs: number, maxMs: number): number => {
    const raw = env[name] || `${fallbackMs}ms`;
    const match = DURATION.exec(raw.trim());
    const ms = match ? Number(match[1]) * UNIT_SECONDS[match[2] ?? 'ms'] * 1000 : NaN;
    if (!(ms >= minMs && ms <= maxMs)) {
      problems.push(`${name} must be a duration from ${minMs}ms to ${maxMs / 1000}s, like 500ms or 2s (got "${raw}")`);
      return fallbackMs;
    }
    return Math.round(ms);
  };

  // Short by design: while it lasts, a copy of a just-rotated token is not recognised as theft.
  const graceSeconds = (): number => {
    const raw = env.JWT_REFRESH_REUSE_GRACE || '30s';
    const match = DURATION.exec(raw.trim());
    const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2] ?? 's'] : NaN;
    if (!Number.isInteger(seconds) || seconds > MAX_REUSE_GRACE_SECONDS) {
      problems.push(
        `JWT_REFRESH_REUSE_GRACE must be 0 (off) or whole seconds up to ${MAX_REUSE_GRACE_SECONDS}, like 30s or 1m (got "${raw}")`,
      );
      return 0;
    }
    return seconds;
  };

  const heartbeatMs = (): number => {
    const raw = env.EVENTS_HEARTBEAT || '15s';
    const match = DURATION.exec(raw.trim());
    const ms = match ? Number(match[1]) * UNIT_SECONDS[match[2] ?? 's'] * 1000 : NaN;
    if (!(ms >= 50 && ms <= 300_000)) {
      problems.push(`EVENTS_HEARTBEAT must be a duration from 50ms to 5m, like 15s (got "${raw}")`);
      return 15_000;
    }
    return Math.round(ms);
  };

  const config: AppConfig = {
    env: nodeEnv as AppConfig['env'],
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    jwt: {
      secret: secret ?? Buffer.alloc(0),
      accessTtlSeconds: duration('JWT_ACCESS_TTL', '15m', 10),
      issuer: env.JWT_ISSUER || 'todo-api',
      audience: env.JWT_AUDIENCE || 'todo-api',
    },
    refreshTtlSeconds: duration('JWT_REFRESH_TTL', '30d', 60),
    refreshReuseGraceSeconds: graceSeconds(),
    bcryptCost,
    bcryptConcurrency: int('BCRYPT_CONCURRENCY', 2, 1, 64),
    corsOrigins,
    dbPoolSize: int('DB_POOL_SIZE', 4, 1, 100),
    dbConnectTimeoutMs: int('DB_CONNECT_TIMEOUT_MS', 2000, 100, 60000),
    dbStatementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 5000, 100, 600000),
    logLevel,
    redisUrl,
    trustProxy,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'todo-api:',
    trashRetentionSeconds: duration('TRASH_RETENTION', '30d', 60),
    changesRetentionSeconds: duration('CHANGES_RETENTION', '30d', 60),
    rateLimits: {
      api: rate('RATE_LIMIT_API', '600/1m'),
      login: rate('RATE_LIMIT_LOGIN', '20/1m'),
      register: rate('RATE_LIMIT_REGISTER', '10/1h'),
      refresh: rate('RATE_LIMIT_REFRESH', '60/1m'),
      password: rate('RATE_LIMIT_PASSWORD', '10/15m'),
      loginPerAccountAndClient: rate('RATE_LIMIT_LOGIN_ACCOUNT_CLIENT', '5/15m'),
      loginPerAccount: rate('RATE_LIMIT_LOGIN_ACCOUNT', '20/15m'),
    },
    externalAuth: externalAuthConfig(env, production, env.JWT_ISSUER || 'todo-api', problems),
    jobs: {
      pollIntervalMs: milliseconds('JOBS_POLL_INTERVAL', 500, 50, 60_000),
      concurrency: int('JOBS_CONCURRENCY', 4, 1, 32),
      batchSize: int('JOBS_BATCH_SIZE', 0, 0, 1000),
    },
    webhooks: webhookConfig(env, production, problems),
    liveEvents: {
      heartbeatMs: heartbeatMs(),
      maxStreamsPerUser: int('EVENTS_MAX_STREAMS_PER_USER', 10, 1, 10_000),
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function isRedisUrl(raw: string): boolean {
  if (!/^rediss?:\/\//.test(raw)) return false;
  try {
    const url = new URL(raw);
    return url.hostname !== '' && (url.pathname === '' || /^\/\d*$/.test(url.pathname));
  } catch {
    return false;
  }
}

const EXTERNAL_AUTH_VARIABLES = ['AUTH_JWKS_URL', 'AUTH_SHARED_SECRET', 'AUTH_ISSUER', 'AUTH_AUDIENCE'] as const;

/**
 * Off unless one of its variables is set; then the issuer, the audience and exactly one source of
 * keys must be there together, so a half-configured deploy stops at boot instead of refusing
 * every external token at run time.
 */
function externalAuthConfig(
  env: ConfigEnv,
  production: boolean,
  ownIssuer: string,
  problems: string[],
): ExternalAuthConfig | undefined {
  const [jwksRaw, , issuer, audience] = EXTERNAL_AUTH_VARIABLES.map((name) => env[name]?.trim() || undefined);
  // The secret is taken byte for byte, as JWT_SECRET is: the issuer signs with exactly these bytes.
  const secretRaw = env.AUTH_SHARED_SECRET || undefined;
  if (!jwksRaw && !secretRaw && !issuer && !audience) return undefined;
  const before = problems.length;
  if (!jwksRaw && !secretRaw) {
    problems.push('AUTH_ISSUER and AUTH_AUDIENCE need AUTH_JWKS_URL (or AUTH_SHARED_SECRET) to sign in externally');
  }
  if (jwksRaw && secretRaw) problems.push('set either AUTH_JWKS_URL or AUTH_SHARED_SECRET, not both');
  if (!issuer)
    problems.push('AUTH_ISSUER is required with AUTH_JWKS_URL or AUTH_SHARED_SECRET (the `iss` of their tokens)');
  if (!audience) {
    problems.push('AUTH_AUDIENCE is required with AUTH_JWKS_URL or AUTH_SHARED_SECRET (the `aud` of their tokens)');
  }
  // Our own tokens are told apart from external ones by `iss`, so the two must differ.
  if (issuer && issuer === ownIssuer) problems.push(`AUTH_ISSUER must differ from JWT_ISSUER ("${ownIssuer}")`);

  let keys: ExternalAuthKeys | undefined;
  if (jwksRaw) {
    const url = URL.canParse(jwksRaw) ? new URL(jwksRaw) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) {
      problems.push(`AUTH_JWKS_URL must be an http(s) URL (got "${jwksRaw}")`);
    } else if (production && url.protocol !== 'https:') {
      problems.push('AUTH_JWKS_URL must be https when NODE_ENV=production: the keys decide who is signed in');
    } else {
      keys = { jwksUrl: url };
    }
  } else if (secretRaw) {
    const sharedSecret = Buffer.from(secretRaw, 'utf8');
    if (sharedSecret.length < 32) {
      problems.push(`AUTH_SHARED_SECRET must be at least 32 bytes (got ${sharedSecret.length})`);
    }
    keys = { sharedSecret };
  }
  if (problems.length > before || !keys || !issuer || !audience) return undefined;
  return { issuer, audience, keys, jwksCooldownMs: 30_000, clockToleranceSeconds: 15 };
}

function webhookConfig(env: ConfigEnv, production: boolean, problems: string[]): WebhookConfig {
  const allow = env.WEBHOOK_ALLOW_PRIVATE || 'false';
  if (allow !== 'true' && allow !== 'false')
    problems.push(`WEBHOOK_ALLOW_PRIVATE must be true or false (got "${allow}")`);
  const millis = (name: ConfigVariable, fallback: string, min: number, max: number): number => {
    const raw = env[name] || fallback;
    const match = DURATION.exec(raw.trim());
    const ms = match ? Number(match[1]) * UNIT_SECONDS[match[2] ?? 's'] * 1000 : NaN;
    if (!(ms >= min && ms <= max)) {
      problems.push(
        `${name} must be a duration like 500ms, 1s or 30s, from ${min} ms to ${max / 1000} s (got "${raw}")`,
      );
      return min;
    }
    return Math.round(ms);
  };
  return {
    allowPrivate: allow === 'true',
    httpsOnly: production,
    pollIntervalMs: millis('WEBHOOK_POLL_INTERVAL', '5s', 10, 60_000),
    timeoutMs: millis('WEBHOOK_TIMEOUT', '10s', 100, 60_000),
  };
}

/** Development only: a random secret made once and kept under the git-ignored data folder. */
function developmentSecret(dataDir: string): Buffer {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    const kept = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(48);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret.toString('base64'), { mode: 0o600 });
  return secret;
}
