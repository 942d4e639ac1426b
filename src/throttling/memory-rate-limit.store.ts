import type { Clock } from '../common/clock';
import { RateLimitStore, type WindowCount } from './rate-limit.store';

const SWEEP_INTERVAL_MS = 1000;

export class MemoryRateLimitStore extends RateLimitStore {
  private readonly windows = new Map<string, { hits: number; resetAt: number }>();
  private nextSweepAt = 0;

  constructor(private readonly clock: Clock) {
    super();
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.clock.now().getTime();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { hits: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.hits++;
    return { hits: window.hits, resetInMs: window.resetAt - now };
  }

  async reset(keys: string[]): Promise<void> {
    for (const key of keys) this.windows.delete(key);
  }

  /** Ended windows go at most once a second, so memory follows the clients of the last window only. */
  private sweep(now: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_INTERVAL_MS;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
