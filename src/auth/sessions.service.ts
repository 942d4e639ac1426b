import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Session } from './session.entity';

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** 256 random bits; only its hash is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, userAgent: string | undefined): Promise<{ session: Session; refreshToken: string }> {
    const refreshToken = newRefreshToken();
    const now = new Date();
    const session = await this.sessions.save(
      this.sessions.create({
        userId,
        refreshTokenHash: hashRefreshToken(refreshToken),
        userAgent: userAgent?.slice(0, 512) ?? null,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + this.config.refreshTtlSeconds * 1000),
      }),
    );
    return { session, refreshToken };
  }

  /**
   * The per-request check behind every access token: one primary-key lookup. A session that was
   * revoked, expired or deleted (with its user) stops its access tokens at once.
   */
  async isActive(userId: string, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await this.sessions.query(
      'SELECT 1 FROM sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()',
      [sessionId, userId],
    );
    return rows.length > 0;
  }
}
