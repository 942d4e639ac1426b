import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { redactRedisUrl } from './redis-url';

export type AvailabilityListener = (available: boolean) => void;

// Long enough that a loaded event loop does not read a slow answer as a hung server.
const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2000;
// Reconnect attempts never stop, and come at most a second apart, so Redis is used again soon after it returns.
const RECONNECT_MAX_DELAY_MS = 1000;

/**
 * The one connection to Redis (when REDIS_URL is set) and whether it can be used right now. Redis
 * holds only what can be rebuilt or loosened (rate-limit counters), so its loss must degrade the
 * service, not stop it: each user asks `available` before a command, falls back on its own when
 * it is not, and may subscribe with `onAvailabilityChange` to hear when Redis is lost and back.
 * A feature that needs a connection of its own (a subscriber) takes `client.duplicate()`.
 */
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly listeners = new Set<AvailabilityListener>();
  private up = false;
  private lastError: string | undefined;
  private booting = true;
  private closing = false;

  private constructor(
    readonly client: Redis | undefined,
    /** The URL without its password, for logs. */
    readonly location: string,
  ) {}

  /** REDIS_URL is not set: nothing to connect to, nothing degraded. */
  static none(): RedisConnection {
    return new RedisConnection(undefined, '');
  }

  /**
   * Connects, waiting at most a connect timeout for the first answer. A Redis that does not answer
   * does not stop the start: the connection keeps trying in the background.
   */
  static async open(url: string): Promise<RedisConnection> {
    const client = new Redis(url, {
      // A command while disconnected fails at once, so the caller falls back without waiting.
      enableOfflineQueue: false,
      // Commands in flight when the link drops fail at once and are never sent again (a resent hit
      // would be counted twice).
      maxRetriesPerRequest: 0,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: COMMAND_TIMEOUT_MS,
      retryStrategy: (attempt: number) => Math.min(attempt * 100, RECONNECT_MAX_DELAY_MS),
    });
    const connection = new RedisConnection(client, redactRedisUrl(url));
    client.on('ready', () => connection.changed(true));
    client.on('close', () => connection.changed(false));
    // Every failed reconnect attempt reports one; the loss itself is logged once, in changed().
    client.on('error', (error: Error) => {
      connection.lastError = error.message;
      connection.logger.debug(`Redis: ${error.message}`);
    });
    await connection.firstAnswer();
    return connection;
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  /**
   * Whether a command sent now can be answered: false while disconnected or reconnecting, and from
   * the first failed command on (the socket may learn of a dead server a moment later).
   */
  get available(): boolean {
    return this.up && this.client?.status === 'ready';
  }

  /** Calls `listener` with each change from available to lost and back; returns the unsubscribe. */
  onAvailabilityChange(listener: AvailabilityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A command failed without a reply from the server: Redis counts as lost from now on. A timed-out
   * command leaves the connection open but the server may hang, so it is reconnected: `available`
   * turns true again only once the server passes the ready check.
   */
  commandFailed(error: Error): void {
    if (error.name === 'ReplyError' || !this.up) return;
    this.lastError = error.message;
    this.changed(false);
    if (this.client?.status === 'ready') this.client.disconnect(true);
  }

  async onApplicationShutdown(): Promise<void> {
    // Our own goodbye is no outage: nothing to log, nobody to tell.
    this.closing = true;
    this.listeners.clear();
    if (!this.client) return;
    if (this.client.status === 'ready') await this.client.quit().catch(() => this.client?.disconnect());
    else this.client.disconnect();
  }

  private async firstAnswer(): Promise<void> {
    const client = this.client!;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        client.off('ready', done).off('close', done);
        resolve();
      };
      const timer = setTimeout(done, CONNECT_TIMEOUT_MS);
      client.once('ready', done).once('close', done);
    });
    this.booting = false;
    if (this.available) {
      this.logger.log(`rate limits are counted in Redis at ${this.location}`);
    } else {
      this.logger.warn(
        `Redis at ${this.location} does not answer (${this.lastError ?? 'no answer'}); rate limits are counted ` +
          "in this instance's memory until it does",
      );
    }
  }

  private changed(available: boolean): void {
    if (available === this.up || this.closing) return;
    this.up = available;
    if (!this.booting) {
      if (available) {
        this.logger.log(`Redis at ${this.location} answers again; rate limits are counted there again`);
      } else {
        this.logger.error(
          `Redis at ${this.location} is lost (${this.lastError ?? 'connection closed'}); rate limits are ` +
            "counted in each instance's memory until it answers",
        );
      }
    }
    this.lastError = undefined;
    for (const listener of this.listeners) listener(available);
  }
}
