import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { join } from 'node:path';
import { createApp, shutDownGracefully } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { EmbeddedDatabaseError } from './database/embedded-database-checks';
import { createLogger, wantsPrettyLogs } from './logging/logger';
import { PinoNestLogger } from './logging/nest-logger';

// All of the shutdown fits in the time orchestrators give after SIGTERM before SIGKILL (10 s).
const SHUTDOWN_LIMIT_MS = 9_500;
const DRAIN_LIMIT_MS = 8_000;

const logger = new Logger('Bootstrap');

interface Database {
  url: string;
  description: string;
  stop(): Promise<void>;
}

async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return {
      url: config.databaseUrl,
      description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
      stop: async () => undefined,
    };
  }
  // Loaded only here, so a production image can leave the embedded server's binaries out.
  const { releaseSignalHandlers, startEmbeddedDatabase } = await import('./database/embedded-database.js');
  // The package's own signal handlers would exit mid-request; ours stop its server in order.
  releaseSignalHandlers();
  const dir = join(config.dataDir, 'postgres');
  const embedded = await startEmbeddedDatabase({ dir, preferredPort: 54329 });
  return {
    url: embedded.url,
    description: `embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${dir}`,
    stop: embedded.stop,
  };
}

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const stack = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** What a signal has to stop; filled in as the start gets that far. */
const running: { app?: NestFastifyApplication; database?: Database } = {};
let stopping = false;

async function stop(signal: string): Promise<never> {
  const started = Date.now();
  logger.log(`${signal}: shutting down`);
  setTimeout(() => {
    logger.error(`shutdown took over ${SHUTDOWN_LIMIT_MS} ms; exiting now`);
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  let code = 0;
  if (running.app) {
    await shutDownGracefully(running.app, DRAIN_LIMIT_MS).catch((error: unknown) => {
      logger.error(`shutdown failed: ${stack(error)}`);
      code = 1;
    });
  }
  // The embedded server is ours to stop, whatever happened above.
  await running.database?.stop().catch((error: unknown) => {
    logger.error(`stopping the embedded database failed: ${stack(error)}`);
    code = 1;
  });
  logger.log(`stopped in ${Date.now() - started} ms`);
  process.exit(code);
}

function onSignal(signal: NodeJS.Signals): void {
  if (!stopping) {
    stopping = true;
    void stop(signal);
  } else if (signal === 'SIGINT') {
    // A second Ctrl-C means now.
    process.exit(130);
  }
}

async function bootstrap(): Promise<void> {
  const started = Date.now();
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // The same format from the first line on, even for a configuration error, so NODE_ENV is read
  // here before the configuration has checked it.
  Logger.overrideLogger(
    new PinoNestLogger(createLogger('info', undefined, wantsPrettyLogs(process.env.NODE_ENV, process.stdout.isTTY))),
  );
  const config = readConfig();
  Logger.overrideLogger(
    new PinoNestLogger(createLogger(config.logLevel, undefined, wantsPrettyLogs(config.env, process.stdout.isTTY))),
  );

  running.database = await openDatabase(config);
  logger.log(`database: ${running.database.description}`);
  const app = await createApp({ ...config, databaseUrl: running.database.url });
  running.app = app;
  await app.listen({ port: config.port, host: config.host });
  logger.log(`listening on http://localhost:${config.port}/api (docs at /api/docs) in ${Date.now() - started} ms`);
}

bootstrap().catch(async (error: unknown) => {
  // A start the user can fix is told in its one line; anything else in full.
  logger.error(error instanceof EmbeddedDatabaseError ? error.message : stack(error));
  await running.database?.stop().catch(() => undefined);
  process.exit(1);
});
