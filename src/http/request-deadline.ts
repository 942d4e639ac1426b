import type { FastifyInstance } from 'fastify';
import { sendProblem } from '../common/problem-details.filter';
import { problem } from '../common/problem';

/**
 * Answers 503 to any request still unanswered after `ms`, whatever it waits on (a hung database,
 * a lock, a saturated pool), so no client waits without end. Fastify's own `handlerTimeout`
 * cannot do this on Node 20: it stops its timer when the request body has been read.
 */
export function registerRequestDeadline(fastify: FastifyInstance, ms: number): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const timer = setTimeout(() => {
      // A stream (live events) has answered once its headers are out, though it is still sending.
      if (reply.sent || reply.raw.headersSent) return;
      request.log.warn({ deadlineMs: ms }, 'request deadline passed');
      sendProblem(reply, problem(503, 'The request took too long; retry shortly.'));
    }, ms);
    reply.raw.once('close', () => clearTimeout(timer));
    done();
  });
}
