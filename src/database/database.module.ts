import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { EventNotifications } from './event-notifications';
import { migrateDatabase } from './migrate';

@Module({})
export class DatabaseModule {
  /** Connects to `config.databaseUrl` and applies pending migrations before the app takes requests. */
  static forRoot(config: AppConfig): DynamicModule {
    const url = config.databaseUrl;
    if (!url) throw new Error('DatabaseModule needs a database URL (main.ts starts one if none is set)');
    const options = dataSourceOptions({
      url,
      poolSize: config.dbPoolSize,
      connectTimeoutMs: config.dbConnectTimeoutMs,
      statementTimeoutMs: config.dbStatementTimeoutMs,
    });
    // Global, so that any feature can hear the log's wake-ups (see EventNotifications).
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        { provide: EventNotifications, useFactory: () => new EventNotifications(url, config.dbConnectTimeoutMs) },
      ],
      exports: [EventNotifications],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => options,
          dataSourceFactory: async (opts) => {
            const applied = await migrateDatabase(url, config.dbConnectTimeoutMs);
            if (applied.length) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
            return new DataSource(opts!).initialize();
          },
        }),
      ],
    };
  }
}
