import type { DataSourceOptions } from 'typeorm';
import { Session } from '../auth/session.entity';
import { Task } from '../tasks/task.entity';
import { User } from '../users/user.entity';
import { InitialSchema1764367200000 } from './migrations/1764367200000-initial-schema';
import { RotatedRefreshTokens1764380000000 } from './migrations/1764380000000-rotated-refresh-tokens';

export const entities = [User, Session, Task];
export const migrations = [InitialSchema1764367200000, RotatedRefreshTokens1764380000000];

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** TLS follows the URL, as managed providers expect (`sslmode=require`, `ssl=true`). */
export function sslFromUrl(url: string): false | { rejectUnauthorized: boolean } {
  const params = new URL(url).searchParams;
  const mode = params.get('sslmode') ?? (params.get('ssl') === 'true' ? 'require' : 'disable');
  if (mode === 'disable' || mode === 'allow' || mode === 'prefer') return false;
  return { rejectUnauthorized: mode === 'verify-full' || mode === 'verify-ca' };
}

/** pg reads sslmode from the URL itself and would override our ssl object, so it is removed here. */
function withoutSslParams(url: string): string {
  const parsed = new URL(url);
  for (const key of ['sslmode', 'ssl', 'sslrootcert', 'sslcert', 'sslkey']) parsed.searchParams.delete(key);
  return parsed.toString();
}

export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: withoutSslParams(settings.url),
    ssl: sslFromUrl(settings.url),
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    poolSize: settings.poolSize ?? 4,
    extra: {
      connectionTimeoutMillis: settings.connectTimeoutMs ?? 2000,
      statement_timeout: settings.statementTimeoutMs ?? 5000,
      idle_in_transaction_session_timeout: 10000,
      application_name: 'todo-api',
    },
  };
}
