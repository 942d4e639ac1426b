import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The refresh route's description names the grace period this server was started with, so the
 * contract a client reads is the one it gets (the decorator can only state the default).
 */
export function documentRefreshGrace(document: OpenAPIObject, graceSeconds: number): OpenAPIObject {
  const operation = document.paths['/api/auth/refresh']?.post;
  if (operation) {
    operation.description +=
      graceSeconds > 0
        ? ` On this server the grace period is ${graceSeconds} seconds.`
        : ' On this server the grace period is off: any spent token sent again ends its session.';
  }
  return document;
}
