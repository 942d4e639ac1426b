import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { User } from '../../users/user.entity';
import { PersonalAccessToken } from './personal-access-token.entity';
import type { TokenScope } from './token-scopes';

export interface NewToken {
  name: string;
  tokenHash: Buffer;
  scopes: TokenScope[];
  expiresAt: Date;
}

export type TokenRow = Pick<PersonalAccessToken, 'id' | 'name' | 'scopes' | 'createdAt' | 'expiresAt' | 'lastUsedAt'>;

export type LiveToken = Pick<PersonalAccessToken, 'id' | 'userId' | 'scopes' | 'lastUsedAt' | 'expiresAt'>;

/**
 * Every query on personal access tokens. Each names the user whose tokens it reads or writes,
 * except the lookup by hash: the token is all a request has, and its hash is unique.
 */
@Injectable()
export class PersonalAccessTokensRepository {
  constructor(@InjectRepository(PersonalAccessToken) private readonly tokens: Repository<PersonalAccessToken>) {}

  /**
   * Adds a token unless the user already has `max` unexpired ones, dropping expired ones first.
   * The user's row is locked for the count and the insert, so two requests at once cannot both
   * take the last place. Null when the user is at the limit.
   */
  insertWithin(userId: string, max: number, fields: NewToken): Promise<PersonalAccessToken | null> {
    return this.tokens.manager.transaction(async (tx) => {
      await tx
        .createQueryBuilder(User, 'u')
        .select('u.id')
        .where('u.id = :userId', { userId })
        .setLock('pessimistic_write')
        .getRawOne();
      await tx
        .createQueryBuilder(PersonalAccessToken, 't')
        .delete()
        .where('userId = :userId', { userId })
        .andWhere('expiresAt <= now()')
        .execute();
      const held = await tx.countBy(PersonalAccessToken, { userId });
      if (held >= max) return null;
      const token = tx.create(PersonalAccessToken, { userId, ...fields, lastUsedAt: null });
      await tx.insert(PersonalAccessToken, token);
      return token;
    });
  }

  /** The user's tokens, expired ones included (so the user sees why a script stopped), newest first. */
  list(userId: string): Promise<TokenRow[]> {
    return this.tokens
      .createQueryBuilder('t')
      .select(['t.id', 't.name', 't.scopes', 't.createdAt', 't.expiresAt', 't.lastUsedAt'])
      .where('t.userId = :userId', { userId })
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id')
      .getMany();
  }

  /** False when the user has no token by that id. */
  async delete(userId: string, id: string): Promise<boolean> {
    const { affected } = await this.tokens.delete({ userId, id });
    return (affected ?? 0) > 0;
  }

  /** Whether the user's token by that id still exists and has not expired. */
  async isLive(userId: string, id: string): Promise<boolean> {
    const row: unknown = await this.tokens
      .createQueryBuilder('t')
      .select('1')
      .where('t.userId = :userId', { userId })
      .andWhere('t.id = :id', { id })
      .andWhere('t.expiresAt > now()')
      .getRawOne();
    return row !== undefined;
  }

  /** Every token of the user goes, in the caller's transaction when one is given. */
  async deleteAll(userId: string, manager?: EntityManager): Promise<number> {
    const { affected } = await (manager ?? this.tokens.manager).delete(PersonalAccessToken, { userId });
    return affected ?? 0;
  }

  /** The unexpired token with this hash, if any: one lookup on a unique index. */
  async findLive(tokenHash: Buffer): Promise<LiveToken | undefined> {
    const token = await this.tokens
      .createQueryBuilder('t')
      .select(['t.id', 't.userId', 't.scopes', 't.lastUsedAt', 't.expiresAt'])
      .where('t.tokenHash = :tokenHash', { tokenHash })
      .andWhere('t.expiresAt > now()')
      .getOne();
    return token ?? undefined;
  }

  /** Records a use, unless one was recorded since `since` (by this or another instance). */
  async touch(userId: string, id: string, since: Date): Promise<void> {
    await this.tokens
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where('id = :id AND userId = :userId', { id, userId })
      .andWhere('(lastUsedAt IS NULL OR lastUsedAt < :since)', { since })
      .execute();
  }
}
