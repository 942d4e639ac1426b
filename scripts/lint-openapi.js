// Lints the OpenAPI document the API serves at /api/docs-json with the rules in .spectral.yaml.
// Boots the built app (run `npm run build` first; `npm run lint:openapi` does) on DATABASE_URL or,
// when that is unset, on a throwaway embedded PostgreSQL, and fails on any error-level finding.
const { spawnSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { servedDocument } = require('./served-document');

const root = join(__dirname, '..');

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
