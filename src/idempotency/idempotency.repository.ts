import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, LessThan, Repository } from 'typeorm';
import { IdempotencyKey } from './idempotency-key.entity';

/** What a request under a key is: the same key with another of these is another request. */
export interface RequestFingerprint {
  method: string;
  path: string;
  bodyHash: Buffer;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type ClaimOutcome = { claimed: true } | { claimed: false; existing: IdempotencyKey };

/** How long a key is remembered. */
export const KEY_LIFETIME_SECONDS = 24 * 3600;

/**
 * A first request that has not answered after this long died with its instance (every request is
 * answered within seconds, see requestTimeoutMs): its key may be taken again.
 */
export const ABANDONED_AFTER_SECONDS = 60;

/** Every query on idempotency keys; each names the user. */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectRepository(IdempotencyKey) private readonly keys: Repository<IdempotencyKey>) {}

  /**
   * Takes the key for this request, or tells who has it. The INSERT … ON CONFLICT DO NOTHING is a
   * statement of its own, so of any number of concurrent requests exactly one gets the row; a key
   * that expired or was abandoned is taken over by an UPDATE that only one of them can win too.
   */
  async claim(userId: string, key: string, request: RequestFingerprint, claim: string): Promise<ClaimOutcome> {
    for (;;) {
      const inserted = await this.keys
        .createQueryBuilder()
        .insert()
        .values({ userId, key, ...request, claim })
        .orIgnore()
        .returning('claim')
        .execute();
      if ((inserted.raw as unknown[]).length) return { claimed: true };
      const taken = await this.keys
        .createQueryBuilder()
        .update()
        .set({ ...request, claim, status: null, responseHeaders: null, responseBody: null, createdAt: () => 'now()' })
        .where({ userId, key })
        .andWhere(
          new Brackets((qb) =>
            qb
              .where(`created_at < now() - make_interval(secs => ${KEY_LIFETIME_SECONDS})`)
              .orWhere(`status IS NULL AND created_at < now() - make_interval(secs => ${ABANDONED_AFTER_SECONDS})`),
          ),
        )
        .returning('claim')
        .execute();
      if ((taken.raw as unknown[]).length) return { claimed: true };
      const existing = await this.keys.findOneBy({ userId, key });
      // Gone in between (its first request failed and let it go): try again from the start.
      if (existing) return { claimed: false, existing };
    }
  }

  /** Keeps the answer for replays; only the request that holds the key can. */
  async complete(userId: string, key: string, claim: string, response: StoredResponse): Promise<void> {
    await this.keys.update(
      { userId, key, claim },
      { status: response.status, responseHeaders: response.headers, responseBody: response.body },
    );
  }

  /** Lets the key go (the request failed on our side), so that a retry runs again. */
  async release(userId: string, key: string, claim: string): Promise<void> {
    await this.keys.delete({ userId, key, claim });
  }

  async deleteExpired(): Promise<number> {
    const cutoff = new Date(Date.now() - KEY_LIFETIME_SECONDS * 1000);
    return (await this.keys.delete({ createdAt: LessThan(cutoff) })).affected ?? 0;
  }
}
