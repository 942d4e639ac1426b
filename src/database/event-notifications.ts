import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { sslFromUrl, withoutSslParams } from './data-source-options';

/** The channels the event-notifications migration sends on; the payload is an id. */
export const USER_EVENTS_CHANNEL = 'user_events';
export const SESSION_ENDED_CHANNEL = 'session_ended';

type IdListener = (id: string) => void;
type ListeningListener = (listening: boolean) => void;

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5000;

/**
 * The one connection of this instance that LISTENs to the database's notifications (a pooled
 * connection cannot: it goes back to the pool), so that a write on any instance, by any writer of
 * the event log, wakes the readers on every instance. Any module may subscribe.
 *
 * Notifications sent while the connection is down are lost; subscribers hear `listening` turn false
 * and then true again, and must then look for themselves (read their log after their position).
 * The connection is made again with a growing delay; the loss and the return are logged once each.
 */
export class EventNotifications implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly users = new Set<IdListener>();
  private readonly sessions = new Set<IdListener>();
  private readonly changes = new Set<ListeningListener>();
  private client: Client | undefined;
  private up = false;
  private lost = false;
  private closing = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly connectTimeoutMs: number,
  ) {}

  /** `callback(userId)` each time that user's log may have new entries; returns the unsubscribe. */
  onUserEvents(callback: IdListener): () => void {
    this.users.add(callback);
    return () => this.users.delete(callback);
  }

  /** `callback(id)` when the session (or personal access token) of that id ends; returns the unsubscribe. */
  onSessionEnded(callback: IdListener): () => void {
    this.sessions.add(callback);
    return () => this.sessions.delete(callback);
  }

  /** Hears each loss of the connection (false) and each return (true); returns the unsubscribe. */
  onListeningChange(callback: ListeningListener): () => void {
    this.changes.add(callback);
    return () => this.changes.delete(callback);
  }

  /** Whether a notification sent now would be heard. */
  get listening(): boolean {
    return this.up;
  }

  /** The server process of the listening connection, for operators (and tests) to find it. */
  get backendPid(): number | undefined {
    return (this.client as { processID?: number } | undefined)?.processID;
  }

  /**
   * Takes the session-level advisory lock `key` (a bigint, as text) on the listening connection: it
   * is held until unlocked or until that connection ends, with its instance or when it is lost, so a
   * crashed instance holds nothing. Undefined when there is no connection to take it on.
   */
  async tryLock(key: string): Promise<boolean | undefined> {
    const client = this.up ? this.client : undefined;
    if (!client) return undefined;
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
        key,
      ]);
      return rows[0].locked;
    } catch {
      return undefined;
    }
  }

  async unlock(key: string): Promise<void> {
    const client = this.up ? this.client : undefined;
    await client?.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch(() => undefined);
  }

  /** The first attempt is awaited, so that a stream opened once the app is up hears every write. */
  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearTimeout(this.retryTimer);
    this.users.clear();
    this.sessions.clear();
    this.changes.clear();
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: withoutSslParams(this.url),
      ssl: sslFromUrl(this.url),
      connectionTimeoutMillis: this.connectTimeoutMs,
      // A peer that vanished without a word (a dead link, a frozen server) is found by keep-alive probes.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: 'todo-api-listener',
    });
    this.client = client;
    client.on('error', (error) => this.failed(client, error));
    client.on('end', () => this.failed(client, new Error('connection ended')));
    client.on('notification', ({ channel, payload }) => {
      const listeners = channel === USER_EVENTS_CHANNEL ? this.users : this.sessions;
      for (const listener of listeners) listener(payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_EVENTS_CHANNEL}; LISTEN ${SESSION_ENDED_CHANNEL}`);
    } catch (error) {
      this.failed(client, error as Error);
      return;
    }
    if (this.client !== client || this.closing) return;
    this.retryMs = FIRST_RETRY_MS;
    if (this.lost) this.logger.log('listening to the database again');
    this.lost = false;
    this.setUp(true);
  }

  private failed(client: Client, error: Error): void {
    if (this.client !== client || this.closing) return;
    this.client = undefined;
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (!this.lost) {
      this.logger.warn(`the listening connection failed (${error.message}); connecting again, streams poll meanwhile`);
    }
    this.lost = true;
    this.setUp(false);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private setUp(up: boolean): void {
    if (up === this.up) return;
    this.up = up;
    for (const listener of this.changes) listener(up);
  }
}
