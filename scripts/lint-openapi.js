// Lints the OpenAPI document the API serves at /api/docs-json with the rules in .spectral.yaml.
// Boots the built app (run `npm run build` first; `npm run lint:openapi` does) on DATABASE_URL or,
// when that is unset, on a throwaway embedded PostgreSQL, and fails on any error-level finding.
require('reflect-metadata');
const { spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { mkdtempSync, rmSync, writeFileSync, chmodSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const { createApp } = require(join(root, 'dist/src/app'));
const { loadConfig } = require(join(root, 'dist/src/config/app-config'));
const { releaseSignalHandlers, startEmbeddedDatabase } = require(join(root, 'dist/src/database/embedded-database'));

async function servedDocument() {
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

servedDocument().then(
  (document) => {
    // Inside the repository, so that the path overrides in .spectral.yaml match it.
    const file = join(root, 'dist/openapi.json');
    writeFileSync(file, document);
    const spectral = join(root, 'node_modules/.bin/spectral');
    const args = ['lint', file, '--ruleset', join(root, '.spectral.yaml'), '--fail-severity', 'error'];
    const result = spawnSync(spectral, args, { stdio: 'inherit', cwd: root });
    process.exit(result.status ?? 1);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
