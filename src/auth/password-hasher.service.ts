import { Inject, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Semaphore } from '../common/semaphore';

@Injectable()
export class PasswordHasher {
  private readonly slots: Semaphore;
  /** Compared against when the email is unknown, so both answers take the same time. */
  private readonly dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.slots = new Semaphore(config.bcryptConcurrency);
    this.dummyHash = bcrypt.hash('not-a-real-password-0123456789', config.bcryptCost);
  }

  hash(password: string): Promise<string> {
    return this.slots.run(() => bcrypt.hash(password, this.config.bcryptCost));
  }

  verify(password: string, hash: string | undefined): Promise<boolean> {
    return this.slots.run(async () => {
      const ok = await bcrypt.compare(password, hash ?? (await this.dummyHash));
      return ok && hash !== undefined;
    });
  }
}
