import { MemoryRateLimitStore } from './memory-rate-limit.store';

describe(MemoryRateLimitStore.name, () => {
  afterEach(() => jest.useRealTimers());

  it('counts hits in a fixed window that starts with the first hit', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const store = new MemoryRateLimitStore();
    expect(await store.hit('k', 10_000)).toEqual({ hits: 1, resetInMs: 10_000 });
    jest.setSystemTime(1_004_000);
    expect(await store.hit('k', 10_000)).toEqual({ hits: 2, resetInMs: 6_000 });
    jest.setSystemTime(1_010_000);
    expect(await store.hit('k', 10_000)).toEqual({ hits: 1, resetInMs: 10_000 });
  });

  it('keeps keys apart and forgets reset ones', async () => {
    const store = new MemoryRateLimitStore();
    await store.hit('a', 60_000);
    await store.hit('a', 60_000);
    expect((await store.hit('b', 60_000)).hits).toBe(1);
    await store.reset(['a']);
    expect((await store.hit('a', 60_000)).hits).toBe(1);
  });

  it('blocks, for the throttler, past the limit until the window ends', async () => {
    const store = new MemoryRateLimitStore();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await store.increment('t', 30_000, 3));
    expect(results.map((r) => r.isBlocked)).toEqual([false, false, false, true]);
    expect(results[3]).toMatchObject({ totalHits: 4, timeToExpire: 30, timeToBlockExpire: 30 });
  });
});
