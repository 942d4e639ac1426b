import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { HELD_KEY, type RequestWithKey } from './idempotency.interceptor';
import type { IdempotencyRepository } from './idempotency.repository';

/** What a replay gives back besides the status and body. */
const KEPT_HEADERS = ['content-type', 'location', 'etag'];

/**
 * Keeps the answer of a request that holds an idempotency key, whoever wrote it (the handler, the
 * exception filter), before it leaves: a retry that arrives the moment the client has it finds it
 * kept. A 5xx is not kept: the key is let go, so the retry runs again.
 */
export function recordIdempotentAnswers(fastify: FastifyInstance, keys: IdempotencyRepository): void {
  const logger = new Logger('Idempotency');
  fastify.addHook('onSend', async (request: RequestWithKey, reply, payload) => {
    const held = request[HELD_KEY];
    if (!held) return payload;
    request[HELD_KEY] = undefined;
    try {
      if (reply.statusCode >= 500) {
        await keys.release(held.userId, held.key, held.claim);
      } else {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = reply.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
        await keys.complete(held.userId, held.key, held.claim, { status: reply.statusCode, headers, body });
      }
    } catch (error) {
      // The answer still goes out; the key stays in flight until it is taken over as abandoned.
      logger.warn(`could not keep the answer of an idempotent request: ${(error as Error).message}`);
    }
    return payload;
  });
}
