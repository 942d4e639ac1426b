import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The current time for the rules that depend on it (rate-limit windows; a spent refresh token's
 * grace period; "today" and "overdue" in the task stats), read through one provider so that a test moves time instead of waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
