// One embedded PostgreSQL for a fault test, run by plain Node outside Jest (whose module system
// cannot load the package's ES modules). It prints its port once the server is up, and stops the
// server when told "stop" on stdin, or when the test goes away and stdin closes.
const { startEmbeddedDatabase } = require('../../../dist/src/database/embedded-database.js');

const [dir, preferredPort] = process.argv.slice(2);

startEmbeddedDatabase({ dir, preferredPort: Number(preferredPort) || 0, database: 'postgres' }).then(
  (db) => {
    process.stdout.write(`${JSON.stringify({ port: db.port })}\n`);
    let stopping;
    const stop = () => (stopping ??= db.stop().then(() => process.exit(0)));
    process.stdin.on('data', (data) => {
      if (String(data).includes('stop')) stop();
    });
    process.stdin.on('end', stop);
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  },
);
