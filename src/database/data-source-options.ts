import type { DataSourceOptions } from 'typeorm';
import { RotatedRefreshToken } from '../auth/rotated-refresh-token.entity';
import { Session } from '../auth/session.entity';
import { PersonalAccessToken } from '../auth/tokens/personal-access-token.entity';
import { EventLog } from '../events/event-log.entity';
import { EventTicket } from '../events/event-ticket.entity';
import { UserEvent } from '../events/user-event.entity';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity';
import { ReminderDone } from '../reminders/reminder-done.entity';
import { Tag } from '../tasks/tag.entity';
import { Task } from '../tasks/task.entity';
import { User } from '../users/user.entity';
import { Webhook } from '../webhooks/webhook.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookMessage } from '../webhooks/webhook-message.entity';
import { GuardedClient } from './client-errors';
import { InitialSchema1764367200000 } from './migrations/1764367200000-initial-schema';
import { TaskQueries1764370000000 } from './migrations/1764370000000-task-queries';
import { RotatedRefreshTokens1764380000000 } from './migrations/1764380000000-rotated-refresh-tokens';
import { Sync1796100440000 } from './migrations/1796100440000-sync';
import { PersonalAccessTokens1796100453000 } from './migrations/1796100453000-personal-access-tokens';
import { RefreshTokenSuccessors1796103071555 } from './migrations/1796103071555-refresh-token-successors';
import { ExternalUsers1796107829769 } from './migrations/1796107829769-external-users';
import { EventNotifications1796300000001 } from './migrations/1796300000001-event-notifications';
import { ExternalEventTickets1796300000002 } from './migrations/1796300000002-external-event-tickets';
import { Reminders1796400000001 } from './migrations/1796400000001-reminders';
import { Webhooks1796500000010 } from './migrations/1796500000010-webhooks';

export const entities = [
  User,
  Session,
  RotatedRefreshToken,
  Task,
  Tag,
  EventLog,
  UserEvent,
  EventTicket,
  IdempotencyKey,
  PersonalAccessToken,
  ReminderDone,
  Webhook,
  WebhookMessage,
  WebhookDelivery,
];
export const migrations = [
  InitialSchema1764367200000,
  TaskQueries1764370000000,
  RotatedRefreshTokens1764380000000,
  Sync1796100440000,
  PersonalAccessTokens1796100453000,
  RefreshTokenSuccessors1796103071555,
  ExternalUsers1796107829769,
  EventNotifications1796300000001,
  ExternalEventTickets1796300000002,
  Reminders1796400000001,
  Webhooks1796500000010,
];

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
export function withoutSslParams(url: string): string {
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
    extra: poolOptions(settings),
  };
}

/**
 * node-postgres settings that bound every wait. `connectionTimeoutMillis` caps both a new
 * connection and the wait for a free one. `statement_timeout` is enforced by the server, so it
 * cannot help when the server hangs (stopped, or a dead link): `query_timeout` is the client's own
 * backstop, a little longer so that the server's cancel normally wins. Keep-alive probes find
 * connections whose peer vanished without a word.
 */
export function poolOptions(settings: DatabaseSettings) {
  const statementTimeoutMs = settings.statementTimeoutMs ?? 5000;
  return {
    connectionTimeoutMillis: settings.connectTimeoutMs ?? 2000,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 1000,
    idle_in_transaction_session_timeout: 10000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10000,
    application_name: 'todo-api',
    Client: GuardedClient,
  };
}
