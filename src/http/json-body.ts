import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Server } from 'node:http';

/**
 * Many SPA fetch wrappers send `Content-Type: application/json` on every request, bodies or not.
 * The JSON parser Nest installs refuses an empty body (400) before any route runs, so a DELETE or a
 * logout from such an app would fail. This one, installed in its place for every route, reads an
 * empty JSON body as no body at all: a route that takes none answers as if the header were absent,
 * and one that needs a body still gets a 422 from validation naming its fields. Anything else goes
 * to Fastify's own parser (with its prototype poisoning checks), so malformed JSON is still a 400.
 */
export function acceptEmptyJsonBodies(app: NestFastifyApplication, bodyLimit: number): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit }, (request, body, done) => {
    if (body.length === 0) return done(null, undefined);
    parseJson(request, body.toString('utf8'), done);
  });
}
