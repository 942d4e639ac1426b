import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { TICKET_AUTH_KEY } from '../auth/ticket-auth';
import { EventTicketsService } from './event-tickets.service';

/** Spends the `?ticket=` of a request the bearer guard left to it; the bearer token wins when both are sent. */
@Injectable()
export class EventTicketGuard implements CanActivate {
  constructor(private readonly tickets: EventTicketsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    if (request.user) return true;
    const ticket = (request.query as Record<string, unknown>).ticket;
    const user = typeof ticket === 'string' ? await this.tickets.spend(ticket) : null;
    if (!user) throw new UnauthorizedException();
    request.user = user;
    return true;
  }
}

/** The route takes a ticket instead of a bearer token (the two parts cannot be applied one without the other). */
export const TicketAuth = () => applyDecorators(SetMetadata(TICKET_AUTH_KEY, true), UseGuards(EventTicketGuard));
