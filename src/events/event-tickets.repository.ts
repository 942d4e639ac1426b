import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EventTicket } from './event-ticket.entity';

export interface SpentTicket {
  userId: string;
  sessionId: string | null;
  accessExpiresAt: Date;
}

export interface NewTicket {
  tokenHash: Buffer;
  sessionId: string | null;
  accessExpiresAt: Date;
  ttlSeconds: number;
}

/**
 * Every query on event tickets. Spending one finds it by its hash alone: the ticket is all the
 * caller has (as with a refresh token), and the hash is the primary key.
 */
@Injectable()
export class EventTicketsRepository {
  constructor(@InjectRepository(EventTicket) private readonly tickets: Repository<EventTicket>) {}

  /** Keeps the new ticket, expiring by the database's clock (which `spend` reads), and lets go of the user's expired ones. */
  async insert(userId: string, ticket: NewTicket): Promise<void> {
    await this.tickets
      .createQueryBuilder()
      .delete()
      .where('userId = :userId AND expiresAt <= now()', { userId })
      .execute();
    await this.tickets
      .createQueryBuilder()
      .insert()
      .values({
        tokenHash: ticket.tokenHash,
        sessionId: ticket.sessionId,
        userId,
        accessExpiresAt: ticket.accessExpiresAt,
        expiresAt: () => `now() + make_interval(secs => ${Number(ticket.ttlSeconds)})`,
      })
      .execute();
  }

  /**
   * Deletes the ticket as it reads it, so that of two requests with one ticket only one gets it.
   * Undefined when it is unknown, spent, expired, or its session has ended since.
   */
  async spend(tokenHash: Buffer): Promise<SpentTicket | undefined> {
    const { raw } = await this.tickets
      .createQueryBuilder()
      .delete()
      .where('tokenHash = :tokenHash AND expiresAt > now() AND accessExpiresAt > now()', { tokenHash })
      .andWhere(
        '(session_id IS NULL OR EXISTS (SELECT 1 FROM sessions s ' +
          'WHERE s.id = session_id AND s.revoked_at IS NULL AND s.expires_at > now()))',
      )
      .returning(['userId', 'sessionId', 'accessExpiresAt'])
      .execute();
    const [row] = raw as { user_id: string; session_id: string | null; access_expires_at: Date }[];
    return row && { userId: row.user_id, sessionId: row.session_id, accessExpiresAt: row.access_expires_at };
  }
}
