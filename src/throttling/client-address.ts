import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';

/**
 * The address every per-client limit is keyed by. IPv6 clients are grouped by /64, the block one
 * subscriber usually holds, so an attacker cannot dodge the limits by hopping addresses inside it.
 */
export function clientAddress(request: FastifyRequest): string {
  return normalizeIp(request.ip);
}

export const ClientAddress = createParamDecorator((_data: unknown, ctx: ExecutionContext): string =>
  clientAddress(ctx.switchToHttp().getRequest<FastifyRequest>()),
);
