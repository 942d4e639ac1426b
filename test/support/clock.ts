import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../../src/common/clock';

export interface TestClock {
  /** Milliseconds since the epoch, as the application now reads them. */
  readonly ms: number;
  set(ms: number): void;
  advance(ms: number): void;
  /** Gives the application back the real time. */
  restore(): void;
}

/** Stops the application's clock at `start` (the real time by default); from then on only the test moves it. */
export function freezeClock(app: NestFastifyApplication, start = Date.now()): TestClock {
  let now = start;
  const spy = jest.spyOn(app.get(Clock), 'now').mockImplementation(() => new Date(now));
  return {
    get ms() {
      return now;
    },
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
    restore: () => spy.mockRestore(),
  };
}
