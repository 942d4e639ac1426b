import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { releaseSignalHandlers, startEmbeddedDatabase } from './database/embedded-database';

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
  const dir = join(config.dataDir, 'postgres');
  const embedded = await startEmbeddedDatabase({ dir, preferredPort: 54329 });
  return {
    url: embedded.url,
    description: `embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${dir}`,
    stop: embedded.stop,
  };
}

async function bootstrap(): Promise<void> {
  const started = Date.now();
  releaseSignalHandlers();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const database = await openDatabase(config);
  logger.log(`database: ${database.description}`);
  const app = await createApp({ ...config, databaseUrl: database.url });
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: config.host });
  logger.log(`listening on http://localhost:${config.port}/api (docs at /api/docs) in ${Date.now() - started} ms`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await app.close();
      await database.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void shutdown(signal));
}

bootstrap().catch((error: unknown) => {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
