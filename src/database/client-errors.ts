import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';

/**
 * The pool stops listening for a client's errors when it hands the client out, and TypeORM starts
 * listening only a promise tick later. A server that ends the connection in that gap (a restart
 * ends every backend at once) made the client emit an 'error' nobody listened to, which took the
 * whole process down. Every client gets a listener of its own for its whole life; the pool still
 * drops a broken client when it comes back, and its next query fails as a 503.
 */
export function guardClientErrors(pool: Pool): void {
  const logger = new Logger('Database');
  const guarded = new WeakSet<PoolClient>();
  pool.on('acquire', (client) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', (error) => logger.warn(`a pooled connection failed while in use: ${error.message}`));
  });
}
