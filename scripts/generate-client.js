// Writes client/schema.d.ts, the typed client's types, from the OpenAPI document the built app serves
// (run `npm run build` first; `npm run client:generate` does). With --check it writes nothing and
// fails when the committed file differs from what the document gives now (CI runs it so).
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const prettier = require('prettier');
const { default: openapiTS, astToString } = require('openapi-typescript');
const { servedDocument } = require('./served-document');

const file = join(__dirname, '..', 'client', 'schema.d.ts');
const HEADER =
  '// Generated from the OpenAPI document served at /api/docs-json by `npm run client:generate`; do not edit.\n\n';

async function main() {
  const document = JSON.parse(await servedDocument());
  const ast = await openapiTS(document, { alphabetize: false, exportType: false, defaultNonNullable: false });
  const source = await prettier.format(HEADER + astToString(ast), {
    ...(await prettier.resolveConfig(file)),
    filepath: file,
  });
  if (!process.argv.includes('--check')) {
    writeFileSync(file, source);
    console.log(`wrote ${file}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // A missing file differs like any other.
  }
  if (committed !== source) {
    console.error('client/schema.d.ts is not what the OpenAPI document gives: run `npm run client:generate`.');
    process.exit(1);
  }
  console.log('client/schema.d.ts matches the OpenAPI document');
}

// Exits explicitly: the embedded database's exit hooks would otherwise fail on a natural exit.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
