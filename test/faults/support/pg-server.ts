import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';

/** Is a process with this id still there? */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster's id, from the file PostgreSQL keeps in its data folder while it runs. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** The port, from the same file (its fourth line). */
export function postmasterPort(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent's id; the command name before it is in parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

const CONTROL = join(__dirname, 'embedded-server.js');

/** Starts the server in a child process and resolves once it accepts connections. */
function launch(dir: string, preferredPort: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [CONTROL, dir, String(preferredPort)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      resolve({ child, port: (JSON.parse(line) as { port: number }).port });
    });
    child.once('exit', (code) => reject(new Error(`the embedded PostgreSQL did not start (${code}): ${stderr}`)));
  });
}

/**
 * A PostgreSQL server of the test's own (never the machine's), in a temporary folder, that the
 * test may stop, start again on the same port, or freeze with SIGSTOP as a hung host would be.
 */
export class PgServer {
  private frozen: number[] = [];

  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private control: ChildProcess | undefined,
    /** The temporary folder this server made for itself, removed with it. */
    private readonly ownFolder?: string,
  ) {}

  static async start(): Promise<PgServer> {
    const root = mkdtempSync(join(tmpdir(), 'todo-fault-'));
    // As root the server runs as its own system user, which must be able to enter the folder.
    chmodSync(root, 0o755);
    const { child, port } = await launch(join(root, 'pg'), 0);
    return new PgServer(join(root, 'pg'), port, child, root);
  }

  /** Starts a server on a data folder that something else made and stopped. */
  static async reopen(dataDir: string): Promise<PgServer> {
    const { child, port } = await launch(dataDir, 0);
    return new PgServer(dataDir, port, child);
  }

  url(database: string): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    return this.url(name);
  }

  /** A fast shutdown, as in a restart or failover: sessions are ended, then the server exits. */
  async stop(): Promise<void> {
    const control = this.control;
    if (!control || control.exitCode !== null) return;
    this.control = undefined;
    const exited = new Promise((resolve) => control.once('exit', resolve));
    control.stdin!.write('stop\n');
    await exited;
  }

  async start(): Promise<void> {
    const { child, port } = await launch(this.dataDir, this.port);
    this.control = child;
    if (port !== this.port) throw new Error(`port ${this.port} was taken while the server was down`);
  }

  /** Freezes the postmaster and every backend: connections stay open and nothing answers. */
  hang(): void {
    const postmaster = postmasterPid(this.dataDir);
    process.kill(postmaster, 'SIGSTOP');
    this.frozen = [postmaster, ...childrenOf(postmaster)];
    for (const pid of this.frozen.slice(1)) process.kill(pid, 'SIGSTOP');
  }

  resume(): void {
    for (const pid of this.frozen.reverse()) if (alive(pid)) process.kill(pid, 'SIGCONT');
    this.frozen = [];
  }

  async destroy(): Promise<void> {
    this.resume();
    await this.stop();
    if (this.ownFolder) rmSync(this.ownFolder, { recursive: true, force: true });
  }
}
