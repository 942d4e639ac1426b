import type { FastifyInstance } from 'fastify';
import { runWithRequestLogger } from './request-context';

/**
 * The request id goes back in `X-Request-Id` (so a client can quote it), every log line written
 * while the request runs carries it, and one line per request records how it went.
 */
export function registerHttpLogging(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    done();
  });
  // After the body is read: the body parser's stream events would otherwise lose the context.
  fastify.addHook('preHandler', (request, _reply, done) => runWithRequestLogger(request.log, done));
  fastify.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    const line = {
      method: request.method,
      // The route's pattern (/api/tasks/:id), so lines group by endpoint; the path is kept
      // without its query string, which can carry search text.
      route: request.routeOptions.url,
      path: request.url.split('?', 1)[0],
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (status >= 500) request.log.error(line, 'request failed');
    else request.log.info(line, 'request completed');
    done();
  });
}
