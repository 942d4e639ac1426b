import type { Clock } from '../common/clock';
import { MemoryRateLimitStore } from './memory-rate-limit.store';

/** A clock that stands still until the test moves it. */
function fixedClock(start = 1_000_000): Clock & { set(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), set: (ms: number) => (now = ms) };
}

describe(MemoryRateLimitStore.name, () => {
  it('counts hits in a fixed window that starts with the first hit', async () => {
    const clock = fixedClock();
    const store = new MemoryRateLimitStore(clock);
    expect(await store.hit('k', 10_000)).toEqual({ hits: 1, resetInMs: 10_000 });
    clock.set(1_004_000);
    expect(await store.hit('k', 10_000)).toEqual({ hits: 2, resetInMs: 6_000 });
    clock.set(1_009_999);
    expect(await store.hit('k', 10_000)).toEqual({ hits: 3, resetInMs: 1 });
    clock.set(1_010_000);
    expect(await store.hit('k', 10_000)).toEqual({ hits: 1, resetInMs: 10_000 });
  });

  it('keeps keys apart and forgets reset ones', async () => {
    const store = new MemoryRateLimitStore(fixedClock());
    await store.hit('a', 60_000);
    await store.hit('a', 60_000);
    expect((await store.hit('b', 60_000)).hits).toBe(1);
    expect((await store.hit('a', 60_000)).hits).toBe(3);
    await store.reset(['a']);
    expect((await store.hit('a', 60_000)).hits).toBe(1);
  });

  it('blocks, for the throttler, past the limit until the window ends', async () => {
    const store = new MemoryRateLimitStore(fixedClock());
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await store.increment('t', 30_000, 3));
    expect(results.map((r) => r.isBlocked)).toEqual([false, false, false, true]);
    expect(results[3]).toEqual({ totalHits: 4, timeToExpire: 30, isBlocked: true, timeToBlockExpire: 30 });
  });
});
