import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface StreamSlot {
  release(): void;
}

/**
 * How many streams each user has open on this instance, and the limit on them. Counted per
 * instance: behind a load balancer with N instances a user may hold up to N times the limit (see
 * docs/sync.md).
 */
@Injectable()
export class StreamSlots {
  private readonly open = new Map<string, number>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A slot for one more stream of the user, or null when they have the most already. */
  async take(userId: string): Promise<StreamSlot | null> {
    const count = this.open.get(userId) ?? 0;
    if (count >= this.config.liveEvents.maxStreamsPerUser) return null;
    this.open.set(userId, count + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.open.get(userId) ?? 1) - 1;
        if (left > 0) this.open.set(userId, left);
        else this.open.delete(userId);
      },
    };
  }
}
