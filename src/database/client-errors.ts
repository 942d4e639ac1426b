import { Logger } from '@nestjs/common';
import { Client, type ClientConfig } from 'pg';

const logger = new Logger('Database');

/**
 * The one thing TypeORM does not offer: listening to every pooled client's errors. The pool stops
 * listening for a client's errors when it hands the client out, and TypeORM starts listening only a
 * promise tick later. A server that ends the connection in that gap (a restart ends every backend
 * at once) made the client emit an 'error' nobody listened to, which took the whole process down.
 * So every client the pool makes (TypeORM passes `extra.Client` through to node-postgres' pool)
 * listens to its own errors for its whole life; the pool still drops a broken client when it comes
 * back, and its next query fails as a 503.
 */
export class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error) => logger.warn(`a pooled connection failed while in use: ${error.message}`));
  }
}
