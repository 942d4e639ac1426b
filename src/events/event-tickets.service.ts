import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { AuthUser } from '../auth/auth-user';
import { EventTicketsRepository } from './event-tickets.repository';

export const TICKET_TTL_SECONDS = 30;
/** A prefix and 256 random bits in base64url. */
export const TICKET_PATTERN = '^evt_[A-Za-z0-9_-]{43}$';
export const TICKET_LENGTH = 47;

const hashTicket = (ticket: string) => createHash('sha256').update(ticket, 'utf8').digest();

export interface TicketView {
  ticket: string;
  expiresIn: number;
}

/**
 * Tickets let a browser's EventSource (which cannot send headers) open a stream without putting an
 * access token in the URL, where logs and histories would keep it: single use, 30 seconds, bound to
 * the session (or, for the external issuer, the user) and the expiry of the token that asked.
 */
@Injectable()
export class EventTicketsService {
  constructor(private readonly tickets: EventTicketsRepository) {}

  async issue(user: AuthUser): Promise<TicketView> {
    const ticket = `evt_${randomBytes(32).toString('base64url')}`;
    await this.tickets.insert(user.id, {
      tokenHash: hashTicket(ticket),
      sessionId: user.sessionId,
      accessExpiresAt: user.expiresAt,
      ttlSeconds: TICKET_TTL_SECONDS,
    });
    return { ticket, expiresIn: TICKET_TTL_SECONDS };
  }

  /** The caller the ticket was issued to, once; null for any ticket that does not pass. */
  async spend(ticket: string): Promise<AuthUser | null> {
    if (!new RegExp(TICKET_PATTERN).test(ticket)) return null;
    const spent = await this.tickets.spend(hashTicket(ticket));
    return spent ? { id: spent.userId, sessionId: spent.sessionId, expiresAt: spent.accessExpiresAt } : null;
  }
}
