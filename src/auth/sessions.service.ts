import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Clock } from '../common/clock';
import { isUuid } from '../common/uuid';
import { openSuccessor, sealSuccessor } from './refresh-token-seal';
import { logSecurityEvent } from './security-events';
import type { Session } from './session.entity';
import { SessionsRepository } from './sessions.repository';

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** 256 random bits; only its hash is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface SessionView {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}

/** The most sessions listed: those used last. */
export const SESSION_LIST_LIMIT = 100;

export interface Rotation {
  sessionId: string;
  userId: string;
  refreshToken: string;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, userAgent: string | undefined): Promise<{ session: Session; refreshToken: string }> {
    await this.sessions.deleteEnded(userId);
    const refreshToken = newRefreshToken();
    const now = new Date();
    const session = await this.sessions.insert(userId, {
      refreshTokenHash: hashRefreshToken(refreshToken),
      userAgent: userAgent?.slice(0, 512) ?? null,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.config.refreshTtlSeconds * 1000),
    });
    return { session, refreshToken };
  }

  /**
   * The per-request check behind every access token. A session that was revoked, expired or
   * deleted (with its user) stops its access tokens at once.
   */
  isActive(userId: string, sessionId: string): Promise<boolean> {
    return this.sessions.isActive(userId, sessionId);
  }

  /**
   * Swaps a session's current refresh token for a new one: of two requests with the same token,
   * only the first rotates it. The session keeps its absolute expiry. A token that was already
   * rotated away means someone holds a copy, so the whole session ends (its newest refresh token
   * and its access tokens with it), with one exception below.
   *
   * Within the grace period after its rotation, and while its successor is unused, a spent token
   * is answered with that same successor: tabs racing with one token and a retry after a lost
   * answer are not theft. The same successor rather than a fresh one that rotates it in turn: the
   * tabs then agree on one current token, and once it is used everything before it is dead, so
   * the exception never reaches further than one rotation back. The successor is kept sealed
   * under a key derived from the spent token (see refresh-token-seal.ts), so the database still
   * holds no usable token.
   */
  async rotate(refreshToken: string): Promise<Rotation | null> {
    const presented = hashRefreshToken(refreshToken);
    const next = newRefreshToken();
    const now = this.clock.now();
    const graceMs = this.config.refreshReuseGraceSeconds * 1000;
    const sealed = graceMs > 0 ? sealSuccessor(refreshToken, next) : null;
    const rotated = await this.sessions.rotate(presented, { hash: hashRefreshToken(next), sealed }, now);
    if (rotated) return { sessionId: rotated.id, userId: rotated.userId, refreshToken: next };

    if (graceMs > 0) {
      const again = await this.unusedSuccessor(refreshToken, presented, new Date(now.getTime() - graceMs));
      if (again) return again;
    }
    for (const session of await this.sessions.revokeByRotatedToken(presented)) {
      logSecurityEvent({ event: 'refresh_reused', userId: session.userId, sessionId: session.id });
    }
    return null;
  }

  private async unusedSuccessor(refreshToken: string, presented: Buffer, since: Date): Promise<Rotation | null> {
    const found = await this.sessions.findUnusedSuccessor(presented, since);
    const successor = found ? openSuccessor(refreshToken, found.sealed) : null;
    if (!found || !successor || !hashRefreshToken(successor).equals(found.hash)) return null;
    logSecurityEvent({ event: 'refresh_retried', userId: found.userId, sessionId: found.sessionId });
    return { sessionId: found.sessionId, userId: found.userId, refreshToken: successor };
  }

  /** `currentSessionId` is null for a caller of the external issuer: none of them is current. */
  async list(userId: string, currentSessionId: string | null): Promise<SessionView[]> {
    const rows = await this.sessions.listActive(userId, SESSION_LIST_LIMIT);
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt.toISOString(),
      userAgent: row.userAgent,
      current: row.id === currentSessionId,
    }));
  }

  /**
   * Ends one of the user's active sessions, at the request of session `by` (a logout when it is
   * the same one); false when there is none by that id (or it is not theirs).
   */
  async revoke(userId: string, sessionId: string, by: string | null): Promise<boolean> {
    if (!isUuid(sessionId)) return false;
    if (!(await this.sessions.revoke(userId, sessionId))) return false;
    logSecurityEvent(
      by === sessionId
        ? { event: 'logged_out', userId, sessionId }
        : { event: 'session_revoked', userId, sessionId, by },
    );
    return true;
  }

  /** Answers how many sessions it ended. */
  revokeAllBut(userId: string, keptSessionId: string, manager?: EntityManager): Promise<number> {
    return this.sessions.revokeAllBut(userId, keptSessionId, manager);
  }
}
