import type { FastifyInstance } from 'fastify';
import { sendProblem } from '../common/problem-details.filter';
import { problem } from '../common/problem';
import type { ShutdownState } from '../health/shutdown-state';

/**
 * From the moment the shutdown signal arrives, new requests (on keep-alive connections the server
 * still has) get 503 problem+json, and every response closes its connection, so a load balancer
 * moves on to another instance.
 */
export function registerShutdownGate(fastify: FastifyInstance, shutdown: ShutdownState): void {
  fastify.addHook('onRequest', async (_request, reply) => {
    if (!shutdown.shuttingDown) return;
    reply.header('Connection', 'close');
    sendProblem(reply, problem(503, 'The service is shutting down; retry shortly.'));
    return reply;
  });
  // A request that was in flight when the signal came must not leave its socket open.
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (shutdown.shuttingDown) reply.header('Connection', 'close');
    return payload;
  });
}
