import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

const ROUTE_FLAG = 'emptyJsonBodyAllowed';

/** Marks a route whose body is optional: `Content-Type: application/json` with no body means no body. */
export const AllowEmptyJsonBody = () => RouteConfig({ [ROUTE_FLAG]: true });

/**
 * Many HTTP clients send `Content-Type: application/json` even when they send no body, which the
 * JSON parser refuses (400) before any handler runs. For the marked routes only, an empty body
 * loses its content type and reaches the handler as no body; malformed JSON is still a 400.
 */
export function allowEmptyJsonBodies(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    const config = request.routeOptions.config as unknown as Record<string, unknown>;
    const empty = request.headers['content-length'] === '0' && request.headers['transfer-encoding'] === undefined;
    if (config[ROUTE_FLAG] === true && empty) delete request.headers['content-type'];
    return payload;
  });
}
