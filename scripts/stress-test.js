// Runs `npm test` three times in a row on the embedded database (DATABASE_URL unset) with two
// busy-loop processes beside it, so that a suite which only passes on an idle machine shows it.
// Slow by design (the hogs take both cores of a small machine); not part of CI.
const { spawn, spawnSync } = require('node:child_process');

const RUNS = Number(process.env.STRESS_RUNS ?? 3);
const HOGS = 2;

const hogs = Array.from({ length: HOGS }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);

const env = { ...process.env };
delete env.DATABASE_URL;

const results = [];
for (let run = 1; run <= RUNS; run++) {
  const started = Date.now();
  const { status, signal } = spawnSync('npm', ['test'], { stdio: 'inherit', env });
  const seconds = Math.round((Date.now() - started) / 1000);
  const outcome = status === 0 ? 'passed' : `failed (${signal ?? `exit ${status}`})`;
  results.push({ run, outcome, seconds });
  process.stdout.write(`\nSTRESS run ${run}/${RUNS} with ${HOGS} busy loops: ${outcome} in ${seconds} s\n`);
}
stopHogs();

process.stdout.write(
  `\nSTRESS summary: ${results.map((r) => `run ${r.run} ${r.outcome} in ${r.seconds} s`).join('; ')}\n`,
);
process.exitCode = results.every((r) => r.outcome === 'passed') ? 0 : 1;
