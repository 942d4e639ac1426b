// What the per-request session check (one primary-key query) costs. Run after `npm run build`:
//   node bench/session-check.js            (throwaway embedded PostgreSQL)
//   DATABASE_URL=postgres://... node bench/session-check.js
// Prints the time of SessionsService.isActive alone, and of authenticated requests with the check
// and with it bypassed, all in-process (no network), each the median of several rounds.
require('reflect-metadata');
const { Buffer } = require('node:buffer');
const { randomBytes } = require('node:crypto');
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const { createApp } = require(join(root, 'dist/src/app'));
const { loadConfig } = require(join(root, 'dist/src/config/app-config'));
const { SessionsService } = require(join(root, 'dist/src/auth/sessions.service'));
const { releaseSignalHandlers, startEmbeddedDatabase } = require(join(root, 'dist/src/database/embedded-database'));

const N = Number(process.env.N ?? 2000);
const ROUNDS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Microseconds per call over N sequential calls. */
async function timeRound(run) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1000 / N;
}

async function main() {
  // The embedded server's own exit hooks would end the process early; we stop it ourselves.
  releaseSignalHandlers();
  const dir = mkdtempSync(join(tmpdir(), 'todo-bench-'));
  chmodSync(dir, 0o755);
  let database;
  let url = process.env.DATABASE_URL;
  if (!url) {
    database = await startEmbeddedDatabase({ dir: join(dir, 'pg'), persistent: false });
    url = database.url;
  }
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      JWT_SECRET: randomBytes(48).toString('base64'),
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      BCRYPT_COST: '10',
      RATE_LIMIT_API: '100000000/1m',
    }),
    false,
  );
  await app.init();
  const fastify = app.getHttpAdapter().getInstance();
  try {
    const email = `bench-${randomBytes(4).toString('hex')}@example.com`;
    const registered = await fastify.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password: 'a bench passphrase' },
    });
    const { accessToken, user } = registered.json();
    const sid = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sid;
    const sessions = app.get(SessionsService);
    const request = async () => {
      const res = await fastify.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (res.statusCode !== 200) throw new Error(`GET /api/auth/me answered ${res.statusCode}`);
    };

    const bypass = async () => true;
    // Alternating rounds, so that a change in the machine's load hits both sides alike.
    const rounds = { isActive: [], withCheck: [], withoutCheck: [] };
    for (let r = 0; r < ROUNDS; r++) {
      rounds.isActive.push(await timeRound(() => sessions.isActive(user.id, sid)));
      rounds.withCheck.push(await timeRound(request));
      sessions.isActive = bypass;
      rounds.withoutCheck.push(await timeRound(request));
      delete sessions.isActive;
    }
    const isActive = median(rounds.isActive);
    const withCheck = median(rounds.withCheck);
    const withoutCheck = median(rounds.withoutCheck);

    console.log(`isActive alone:                 ${isActive.toFixed(0)} µs per call`);
    console.log(`GET /api/auth/me with check:    ${withCheck.toFixed(0)} µs per request`);
    console.log(`GET /api/auth/me check bypassed: ${withoutCheck.toFixed(0)} µs per request`);
    console.log(`the check adds:                 ${(withCheck - withoutCheck).toFixed(0)} µs per request`);
  } finally {
    await app.close();
    await database?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Exits explicitly: left to end by itself, the embedded server's exit hook would fail the process.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
