import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository, type WhereExpressionBuilder } from 'typeorm';
import { CompiledQuery } from '../database/compiled-query';
import { RotatedRefreshToken } from './rotated-refresh-token.entity';
import { Session } from './session.entity';

/**
 * A session that can still be used: neither revoked nor past its absolute expiry. UPDATE and
 * DELETE statements name their table's columns without an alias.
 */
const active = (alias?: string) => {
  const column = (property: string) => (alias ? `${alias}.${property}` : property);
  return new Brackets((qb: WhereExpressionBuilder) =>
    qb.where(`${column('revokedAt')} IS NULL`).andWhere(`${column('expiresAt')} > now()`),
  );
};

export interface NewSession {
  refreshTokenHash: Buffer;
  userAgent: string | null;
  lastUsedAt: Date;
  expiresAt: Date;
}

export interface SessionOwner {
  id: string;
  userId: string;
}

/** The token that replaces a rotated one: its hash, and its sealed copy when a grace period is on. */
export interface Successor {
  hash: Buffer;
  sealed: Buffer | null;
}

export interface UnusedSuccessor extends Successor {
  sessionId: string;
  userId: string;
  sealed: Buffer;
}

export type ActiveSessionRow = Pick<Session, 'id' | 'createdAt' | 'lastUsedAt' | 'userAgent'>;

/**
 * Every query on sessions. Each names the user whose sessions it reads or writes, except the two
 * that find a session by a refresh token's hash: the token is all the caller has, and it is unique.
 */
@Injectable()
export class SessionsRepository {
  /** The check behind every authenticated request, written once (see CompiledQuery). */
  private readonly activeCheck: CompiledQuery<{ userId: string; sessionId: string }>;

  constructor(@InjectRepository(Session) private readonly sessions: Repository<Session>) {
    this.activeCheck = new CompiledQuery(
      this.sessions
        .createQueryBuilder('s')
        .select('1', 'one')
        .where('s.id = :sessionId')
        .andWhere('s.userId = :userId')
        .andWhere(active('s')),
      ['userId', 'sessionId'],
    );
  }

  /** Ended sessions can do nothing more; dropping them at each sign-in keeps each user's rows few. */
  async deleteEnded(userId: string): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where('userId = :userId', { userId })
      .andWhere('NOT (revokedAt IS NULL AND expiresAt > now())')
      .execute();
  }

  /** The new session with its generated id and creation time (filled in from the INSERT's RETURNING). */
  async insert(userId: string, fields: NewSession): Promise<Session> {
    const session = this.sessions.create({ userId, ...fields });
    await this.sessions.insert(session);
    return session;
  }

  /** The per-request check behind every access token: one primary-key lookup. */
  async isActive(userId: string, sessionId: string): Promise<boolean> {
    return (await this.activeCheck.first({ userId, sessionId })) !== undefined;
  }

  /**
   * Swaps an active session's refresh token hash for the next one and keeps the presented one as
   * rotated away at `rotatedAt`, with what replaced it, in one transaction. Of two requests with the
   * same token, the second waits for the first's row lock and then finds the hash already changed:
   * null. The presented token was itself a successor: its predecessor's sealed copy of it goes,
   * since it is now used.
   */
  rotate(presentedHash: Buffer, successor: Successor, rotatedAt: Date): Promise<SessionOwner | null> {
    return this.sessions.manager.transaction(async (tx) => {
      const { raw } = await tx
        .createQueryBuilder(Session, 's')
        .update()
        .set({ refreshTokenHash: successor.hash, lastUsedAt: () => 'now()' })
        .where('refreshTokenHash = :presentedHash', { presentedHash })
        .andWhere(active())
        .returning(['id', 'userId'])
        .updateEntity(false)
        .execute();
      const [row] = raw as { id: string; user_id: string }[];
      if (!row) return null;
      await tx.insert(RotatedRefreshToken, {
        tokenHash: presentedHash,
        sessionId: row.id,
        rotatedAt,
        successorHash: successor.hash,
        successorSealed: successor.sealed,
      });
      await tx
        .createQueryBuilder()
        .update(RotatedRefreshToken)
        .set({ successorSealed: null })
        .where('sessionId = :sessionId AND successorHash = :presentedHash', { sessionId: row.id, presentedHash })
        .execute();
      return { id: row.id, userId: row.user_id };
    });
  }

  /**
   * What replaced a token rotated away after `since`, while that successor is still its active
   * session's current token (unused); undefined otherwise.
   */
  findUnusedSuccessor(tokenHash: Buffer, since: Date): Promise<UnusedSuccessor | undefined> {
    return this.sessions.manager
      .createQueryBuilder(RotatedRefreshToken, 'r')
      .innerJoin(Session, 's', 's.id = r.sessionId')
      .select('r.sessionId', 'sessionId')
      .addSelect('s.userId', 'userId')
      .addSelect('r.successorHash', 'hash')
      .addSelect('r.successorSealed', 'sealed')
      .where('r.tokenHash = :tokenHash', { tokenHash })
      .andWhere('r.rotatedAt > :since', { since })
      .andWhere('r.successorSealed IS NOT NULL')
      .andWhere('s.refreshTokenHash = r.successorHash')
      .andWhere(active('s'))
      .getRawOne<UnusedSuccessor>();
  }

  /** Revokes the session (if any) that once had this refresh token; answers the sessions ended by it. */
  async revokeByRotatedToken(tokenHash: Buffer): Promise<SessionOwner[]> {
    const rotated = this.sessions.manager
      .createQueryBuilder(RotatedRefreshToken, 'r')
      .select('r.sessionId')
      .where('r.tokenHash = :tokenHash');
    const { raw } = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'coalesce(revoked_at, now())' })
      .where(`id IN (${rotated.getQuery()})`, { tokenHash })
      .returning(['id', 'userId'])
      .updateEntity(false)
      .execute();
    return (raw as { id: string; user_id: string }[]).map((row) => ({ id: row.id, userId: row.user_id }));
  }

  /** The user's active sessions, most recently used first. */
  listActive(userId: string, limit: number): Promise<ActiveSessionRow[]> {
    return this.sessions
      .createQueryBuilder('s')
      .select(['s.id', 's.createdAt', 's.lastUsedAt', 's.userAgent'])
      .where('s.userId = :userId', { userId })
      .andWhere(active('s'))
      .orderBy('s.lastUsedAt', 'DESC')
      .addOrderBy('s.id')
      .limit(limit)
      .getMany();
  }

  /** Ends one of the user's active sessions; false when there is none by that id. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const { affected } = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND userId = :userId', { sessionId, userId })
      .andWhere(active())
      .execute();
    return (affected ?? 0) > 0;
  }

  /** Ends every session of the user but one; answers how many it ended. */
  async revokeAllBut(userId: string, keptSessionId: string, manager?: EntityManager): Promise<number> {
    const { affected } = await (manager ?? this.sessions.manager)
      .createQueryBuilder(Session, 's')
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('userId = :userId AND id <> :keptSessionId', { userId, keptSessionId })
      .andWhere('revokedAt IS NULL')
      .execute();
    return affected ?? 0;
  }
}
