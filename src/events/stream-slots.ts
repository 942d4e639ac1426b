import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EventNotifications } from '../database/event-notifications';

export interface StreamSlot {
  release(): void;
}

/** Slot `slot` of a user, as an advisory lock key: 64 bits of a hash, so that keys of users do not meet. */
function lockKey(userId: string, slot: number): string {
  return createHash('sha256').update(`todo-api:event-stream:${userId}:${slot}`).digest().readBigInt64BE().toString();
}

/**
 * The open streams of each user, counted across instances: a stream holds one of the user's N slots,
 * each a PostgreSQL advisory lock on the instance's listening connection. The database arbitrates
 * between instances, and the locks of an instance that dies go with its connection.
 *
 * While this instance has no listening connection its slots are counted here alone; when the
 * connection is back they are locked again (a slot another instance took meanwhile is then shared
 * until one of its streams ends).
 */
@Injectable()
export class StreamSlots implements OnModuleInit, OnModuleDestroy {
  /** Per user, the slots this instance holds, and whether the database lock is held for each. */
  private readonly held = new Map<string, Map<number, boolean>>();
  // One change at a time: a session-level lock is re-entrant, so two streams must never both take one slot.
  private queue: Promise<unknown> = Promise.resolve();
  private stop: (() => void) | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: EventNotifications,
  ) {}

  onModuleInit(): void {
    this.stop = this.notifications.onListeningChange((listening) => {
      if (listening) void this.serially(() => this.relock());
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  /** A slot for one more stream of the user, or null when all of theirs are taken. */
  take(userId: string): Promise<StreamSlot | null> {
    return this.serially(async () => {
      const mine = this.held.get(userId) ?? new Map<number, boolean>();
      const max = this.config.liveEvents.maxStreamsPerUser;
      for (let slot = 0; slot < max && mine.size < max; slot++) {
        if (mine.has(slot)) continue;
        const locked = await this.notifications.tryLock(lockKey(userId, slot));
        if (locked === false) continue;
        mine.set(slot, locked === true);
        this.held.set(userId, mine);
        return this.slot(userId, slot);
      }
      return null;
    });
  }

  private slot(userId: string, slot: number): StreamSlot {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        void this.serially(async () => {
          const mine = this.held.get(userId);
          const locked = mine?.get(slot);
          mine?.delete(slot);
          if (mine && !mine.size) this.held.delete(userId);
          if (locked) await this.notifications.unlock(lockKey(userId, slot));
        });
      },
    };
  }

  private async relock(): Promise<void> {
    for (const [userId, mine] of this.held) {
      for (const slot of mine.keys())
        mine.set(slot, (await this.notifications.tryLock(lockKey(userId, slot))) === true);
    }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
