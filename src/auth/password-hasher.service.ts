import { Inject, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Semaphore } from '../common/semaphore';
import { PASSWORD_MAX_BYTES } from './dto/password.validator';

/**
 * bcrypt on libuv's thread pool (the async API), never on the event loop, and at most
 * `bcryptConcurrency` at a time, so a burst of sign-ins queues here instead of starving other requests.
 */
@Injectable()
export class PasswordHasher {
  private readonly slots: Semaphore;
  /** Compared against when the email is unknown, so both answers take the same time. */
  private readonly dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.slots = new Semaphore(config.bcryptConcurrency);
    this.dummyHash = this.slots.run(() => bcrypt.hash('not-a-real-password-0123456789', config.bcryptCost));
  }

  hash(password: string): Promise<string> {
    return this.slots.run(() => bcrypt.hash(password, this.config.bcryptCost));
  }

  /**
   * bcrypt would compare only the first 72 bytes, so a longer candidate (which no stored password
   * can be) is refused; it still costs one comparison, so its answer takes the usual time.
   */
  verify(password: string, hash: string | null | undefined): Promise<boolean> {
    const tooLong = Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES;
    return this.slots.run(async () => {
      const ok = await bcrypt.compare(tooLong ? '' : password, hash ?? (await this.dummyHash));
      // An account without a password (signed in elsewhere) matches nothing, not even the dummy's.
      return ok && typeof hash === 'string' && !tooLong;
    });
  }
}
