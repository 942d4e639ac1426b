import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/uuid';
import type { AuthUser } from '../auth-user';
import { logSecurityEvent } from '../security-events';
import type { CreateTokenDto } from './token.dto';
import { PersonalAccessTokensRepository, type TokenRow } from './personal-access-tokens.repository';

export const TOKEN_PREFIX = 'tdo_';
/** The prefix and 256 random bits in base64url: what `Authorization: Bearer` carries. */
export const TOKEN_PATTERN = /^tdo_[A-Za-z0-9_-]{43}$/;
export const MAX_TOKENS_PER_USER = 20;
export const DEFAULT_EXPIRY_DAYS = 90;
/** A token's last use is written at most this often, not on every request it makes. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const DAY_MS = 86_400_000;

export interface TokenView {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

export interface CreatedTokenView extends Omit<TokenView, 'lastUsedAt'> {
  token: string;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

const toView = (row: TokenRow): TokenView => ({
  id: row.id,
  name: row.name,
  scopes: row.scopes,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

@Injectable()
export class PersonalAccessTokensService {
  constructor(private readonly tokens: PersonalAccessTokensRepository) {}

  /** The secret is in this answer only; the database keeps its hash. */
  async create(userId: string, dto: CreateTokenDto): Promise<CreatedTokenView> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const created = await this.tokens.insertWithin(userId, MAX_TOKENS_PER_USER, {
      name: dto.name,
      // Stored once each and in a fixed order, so that two tokens with the same rights look the same.
      scopes: [...new Set(dto.scopes)].sort(),
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + (dto.expiresInDays ?? DEFAULT_EXPIRY_DAYS) * DAY_MS),
    });
    if (!created) {
      throw new ConflictException(
        `You already have ${MAX_TOKENS_PER_USER} personal access tokens; delete one before creating another.`,
      );
    }
    logSecurityEvent({ event: 'token_created', userId, tokenId: created.id, scopes: created.scopes });
    const { lastUsedAt: _, ...view } = toView(created);
    return { ...view, token };
  }

  async list(userId: string): Promise<TokenView[]> {
    return (await this.tokens.list(userId)).map(toView);
  }

  /** Another user's token and a malformed id are both "not yours": 404. */
  async revoke(userId: string, id: string): Promise<void> {
    if (!isUuid(id) || !(await this.tokens.delete(userId, id))) throw new NotFoundException();
    logSecurityEvent({ event: 'token_revoked', userId, tokenId: id });
  }

  /** When the password changes every token goes, in the transaction that changes it. */
  revokeAll(userId: string, manager: EntityManager): Promise<number> {
    return this.tokens.deleteAll(userId, manager);
  }

  /**
   * The principal behind a token, or null when it is malformed, unknown, expired or deleted (with
   * its user, or by a password change). Runs on every request a token makes.
   */
  async authenticate(token: string): Promise<AuthUser | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const live = await this.tokens.findLive(hashToken(token));
    if (!live) return null;
    const since = new Date(Date.now() - LAST_USED_RESOLUTION_MS);
    if (!live.lastUsedAt || live.lastUsedAt < since) await this.tokens.touch(live.userId, live.id, since);
    return { id: live.userId, sessionId: '', tokenId: live.id, scopes: live.scopes, expiresAt: live.expiresAt };
  }
}
