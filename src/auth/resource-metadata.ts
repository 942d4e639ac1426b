import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Where a client learns how to authenticate to this resource (RFC 9728); outside the /api prefix. */
export const RESOURCE_METADATA_PATH = '.well-known/oauth-protected-resource';

export const RESOURCE_METADATA_KEY = 'advertiseResourceMetadata';

/**
 * A route whose 401 and 403 challenges point at the protected resource metadata, as MCP clients
 * expect: they read it to find out how to get a token.
 */
export const AdvertiseResourceMetadata = () => SetMetadata(RESOURCE_METADATA_KEY, true);

/** The API's own origin as the client reached it (behind a trusted proxy, as the proxy says). */
export function publicBaseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function resourceMetadataUrl(request: FastifyRequest): string {
  return `${publicBaseUrl(request)}/${RESOURCE_METADATA_PATH}`;
}
