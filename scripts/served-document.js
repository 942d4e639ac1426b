// The OpenAPI document the built app serves at /api/docs-json (run `npm run build` first). Boots the
// app in-process, without listening, on DATABASE_URL or, when that is unset, on a throwaway embedded
// PostgreSQL, so it needs no network and no running server.
require('reflect-metadata');
const { randomBytes } = require('node:crypto');
const { mkdtempSync, rmSync, chmodSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');

async function servedDocument() {
  const { createApp } = require(join(root, 'dist/src/app'));
  const { loadConfig } = require(join(root, 'dist/src/config/app-config'));
  const { releaseSignalHandlers, startEmbeddedDatabase } = require(join(root, 'dist/src/database/embedded-database'));
  // The embedded server's own exit hooks would end the process early; we stop it ourselves.
  releaseSignalHandlers();
  const dir = mkdtempSync(join(tmpdir(), 'todo-openapi-'));
  chmodSync(dir, 0o755);
  let database;
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      database = await startEmbeddedDatabase({ dir: join(dir, 'pg'), persistent: false });
      url = database.url;
    }
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      JWT_SECRET: randomBytes(48).toString('base64'),
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
    });
    const app = await createApp(config, false);
    try {
      await app.init();
      const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
      if (response.statusCode !== 200) throw new Error(`/api/docs-json answered ${response.statusCode}`);
      return response.body;
    } finally {
      await app.close();
    }
  } finally {
    await database?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { servedDocument };
