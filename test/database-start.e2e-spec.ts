import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { folderClosedToOthers } from '../src/database/embedded-database-checks';
import { describeAsRoot } from './support/services';
import { freePort, until } from './support/wait';

const ROOT = join(__dirname, '..');

interface Run {
  child: ChildProcess;
  port: number;
  lines: string[];
  exited: Promise<number | null>;
}

const errorsOf = (run: Run) => run.lines.filter((line) => line.includes('"level":"error"'));
const message = (line: string) => (JSON.parse(line) as { msg: string }).msg;

describe('when the embedded database cannot start', () => {
  const folders: string[] = [];
  const folder = (mode: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'todo-start-'));
    chmodSync(dir, mode);
    folders.push(dir);
    return dir;
  };
  let main: string;
  beforeAll(() => {
    // The production build, as `npm start` runs it, in a folder of its own.
    const out = folder(0o755);
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
      {
        cwd: ROOT,
      },
    );
    main = join(out, 'src/main.js');
  }, 180_000);
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** `npm start` in `cwd` as a newcomer runs it: no DATABASE_URL, no DATA_DIR. */
  async function startIn(cwd: string): Promise<Run> {
    const port = await freePort();
    const child = spawn(process.execPath, [main], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        // The build sits outside the repository; its packages are the repository's.
        NODE_PATH: join(ROOT, 'node_modules'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
    });
    const lines: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
    createInterface({ input: child.stderr }).on('line', (line) => lines.push(line));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { child, port, lines, exited };
  }

  /** A start that does not fail keeps running; it is stopped, so that the test fails on its exit code. */
  async function failedStartIn(cwd: string): Promise<{ code: number | null; run: Run }> {
    const run = await startIn(cwd);
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 90_000);
    const code = await run.exited;
    clearTimeout(timer);
    return { code, run };
  }

  it('finds the folder other users cannot enter, whoever runs the check', () => {
    const closed = folder(0o700);
    const open = folder(0o755);
    expect(folderClosedToOthers(join(closed, '.data', 'postgres'))).toEqual({
      folder: closed,
      mode: expect.any(Number),
    });
    expect(folderClosedToOthers(join(open, '.data', 'postgres'))).toBeUndefined();
  });

  describe('because another start already runs in the same folder', () => {
    let cwd: string;
    let first: Run;
    beforeAll(async () => {
      cwd = folder(0o755);
      first = await startIn(cwd);
      await until(() => first.lines.some((line) => line.includes('listening on')), {
        timeoutMs: 90_000,
        what: 'the first start listening',
      });
    }, 120_000);
    afterAll(async () => {
      first.child.kill('SIGTERM');
      await first.exited;
    }, 30_000);

    it('stops with one line saying so and what to do, and leaves the first one running', async () => {
      const { code, run } = await failedStartIn(cwd);
      expect(code).toBe(1);
      expect(errorsOf(run)).toHaveLength(1);
      expect(message(errorsOf(run)[0])).toMatch(
        new RegExp(
          `^The embedded PostgreSQL cannot start: its data folder ${cwd}/\\.data/postgres is in use by a server already ` +
            `running \\(process \\d+\\), most likely another npm start in this folder\\. Stop that one, or start from ` +
            `another folder \\(or with another DATA_DIR\\), or set DATABASE_URL to use a PostgreSQL server of your own\\.$`,
        ),
      );
      expect(run.lines.join('\n')).not.toMatch(/^\s+at /m);
      expect(first.child.exitCode).toBeNull();
      const ready = await fetch(`http://127.0.0.1:${first.port}/api/health/ready`);
      expect(ready.status).toBe(200);
    }, 120_000);
  });

  describeAsRoot('because, run as root, its folder is closed to other users', () => {
    it('stops with one line naming the folder and what to do', async () => {
      const cwd = folder(0o700);
      const { code, run } = await failedStartIn(cwd);
      expect(code).toBe(1);
      expect(errorsOf(run)).toHaveLength(1);
      expect(message(errorsOf(run)[0])).toBe(
        `The embedded PostgreSQL cannot start: as root it runs as the system user "postgres", which cannot enter ` +
          `${cwd} (mode 700). Start from a folder other users can enter (or set DATA_DIR to one), ` +
          `or set DATABASE_URL to use a PostgreSQL server of your own.`,
      );
      expect(run.lines.join('\n')).not.toMatch(/EACCES|^\s+at /m);
    }, 120_000);
  });
});
