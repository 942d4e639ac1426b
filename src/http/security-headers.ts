import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  // Swagger UI's page runs its own bundled script and styles from the same origin.
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      // Swagger UI is also opened over plain http on a LAN host in development.
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * The headers Helmet would set, worked out once: they depend on its options only, and building
 * its middleware on every request cost a few per cent of the API's time.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  let failed: unknown;
  helmet(HELMET_OPTIONS)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failed = error;
  });
  if (failed) throw failed;
  return headers;
}

/**
 * Every answer carries the security headers and `Cache-Control: no-store`, set as the request
 * arrives (a route or plugin that sets its own Cache-Control later replaces it), in one
 * synchronous hook.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  const headers = { ...securityHeaders(), 'cache-control': 'no-store' };
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
