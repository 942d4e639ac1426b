import type { AuthUser } from '../auth/auth-user';
import { EventStream } from './event-stream';

const user: AuthUser = { id: 'u', sessionId: 's', expiresAt: new Date(0) };
const HOUR = 60 * 60 * 1000;
/** Lets every pending promise continuation run (the timers are fake, so only microtasks). */
const settled = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('EventStream', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  const open = (expiresInMs: number | undefined) => {
    const ended: EventStream[] = [];
    const expiresAt = expiresInMs === undefined ? undefined : new Date(Date.now() + expiresInMs);
    const stream = new EventStream(
      user,
      0,
      () => Promise.resolve([]),
      (s) => ended.push(s),
      expiresAt,
    );
    return { stream, ended };
  };

  it('ends when its credential expires, once', () => {
    const { stream, ended } = open(HOUR);
    jest.advanceTimersByTime(HOUR - 1);
    expect(stream.ended).toBe(false);
    jest.advanceTimersByTime(1);
    expect(stream.ended).toBe(true);
    expect(ended).toEqual([stream]);
  });

  it('waits out an expiry further away than one timer can wait', () => {
    const days30 = 30 * 24 * HOUR;
    const { stream } = open(days30);
    jest.advanceTimersByTime(days30 - 1);
    expect(stream.ended).toBe(false);
    jest.advanceTimersByTime(1);
    expect(stream.ended).toBe(true);
  });

  it('leaves no timer behind once ended, though nobody ever read its body', () => {
    // The server ends a stream whose client stopped reading: its body never finishes, and must
    // not be what clears the expiry timer that holds the stream.
    const { stream, ended } = open(HOUR);
    stream.write('data: x\n\n');
    stream.end('event: session.ended\ndata: {}\n\n');
    expect(ended).toEqual([stream]);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('tries a failed read again a second later, but not once it has ended meanwhile', async () => {
    let fail!: (error: Error) => void;
    const reads: number[] = [];
    const stream = new EventStream(
      user,
      0,
      (after) => {
        reads.push(after);
        return new Promise((_, reject) => (fail = reject));
      },
      () => undefined,
    );
    const reading = stream.wake();
    fail(new Error('database away'));
    await reading;
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(1000); // the retry: its read is under way when the stream ends
    expect(reads).toHaveLength(2);
    stream.end();
    fail(new Error('database away'));
    await settled();
    expect(jest.getTimerCount()).toBe(0);
    await stream.wake();
    expect(reads).toHaveLength(2);
  });

  it('ends, once, when its body is destroyed (the client gone)', async () => {
    const { stream, ended } = open(HOUR);
    stream.body.destroy();
    await jest.runOnlyPendingTimersAsync();
    expect(stream.ended).toBe(true);
    expect(ended).toEqual([stream]);
    expect(jest.getTimerCount()).toBe(0);
    stream.end('event: late\n\n');
    expect(ended).toHaveLength(1);
  });
});
