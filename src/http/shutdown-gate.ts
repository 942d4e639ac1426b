import type { FastifyInstance } from 'fastify';
import type { ShutdownState } from '../health/shutdown-state';

/**
 * Once the shutdown signal has arrived, every response closes its connection: a keep-alive
 * client (a proxy's pool) gets its answer and then opens its next connection elsewhere.
 */
export function registerShutdownGate(fastify: FastifyInstance, shutdown: ShutdownState): void {
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (shutdown.shuttingDown) reply.header('Connection', 'close');
    return payload;
  });
}
