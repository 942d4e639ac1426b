import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';

const storage = new AsyncLocalStorage<FastifyBaseLogger>();

/** Runs `next` (and everything it awaits) with the request's child logger, which carries its id. */
export function runWithRequestLogger(log: FastifyBaseLogger, next: () => void): void {
  storage.run(log, next);
}

export function currentRequestLogger(): FastifyBaseLogger | undefined {
  return storage.getStore();
}
