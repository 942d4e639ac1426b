import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HELD_KEY, type HeldKey, type RequestWithKey } from './idempotency.interceptor';
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
  // A callback hook, not an async one: most answers hold no key and leave without a promise made for them.
  fastify.addHook('onSend', (request: RequestWithKey, reply, payload, done) => {
    const held = request[HELD_KEY];
    if (!held) return done(null, payload);
    request[HELD_KEY] = undefined;
    void keep(held, reply.statusCode, reply, payload).then(() => done(null, payload));
  });

  async function keep(held: HeldKey, status: number, reply: FastifyReply, payload: unknown): Promise<void> {
    try {
      if (status >= 500) {
        await keys.release(held.userId, held.key, held.claim);
      } else {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = reply.getHeader(name);
          if (value !== undefined) headers[name] = String(value);
        }
        const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '';
        await keys.complete(held.userId, held.key, held.claim, { status, headers, body });
      }
    } catch (error) {
      // The answer still goes out; the key stays in flight until it is taken over as abandoned.
      logger.warn(`could not keep the answer of an idempotent request: ${(error as Error).message}`);
    }
  }
}
