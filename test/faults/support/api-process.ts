import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { freePort, until } from '../../support/wait';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');

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
    const ready = async () => {
      if (!this.running) throw new Error(`the API exited while starting:\n${this.tail()}`);
      // A refused connection means not listening yet.
      return fetch(`${this.baseUrl}/api/health/ready`).then(
        (res) => res.status === 200,
        () => false,
      );
    };
    try {
      await until(ready, { timeoutMs, intervalMs: 100, what: 'the API ready' });
    } catch (error) {
      this.child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}:\n${this.tail()}`, { cause: error });
    }
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
