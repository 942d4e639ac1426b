import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RateLimitStore } from '../throttling/rate-limit.store';
import { emailDigest, logSecurityEvent } from './security-events';

/**
 * Per-account brute-force limits. Each sign-in counts before its password is checked, so parallel
 * guesses cannot slip past the limit, and a success wipes the account's counts again: what remains
 * is failures. Two counters: one per (account, client address), tight, which stops one attacker
 * without touching the real user elsewhere; and one per account, looser, against guesses spread over
 * many addresses. Either way the wait ends with its window, so no one is locked out for long.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt; answers how many seconds to wait when the account is over a limit, else null. */
  async begin(email: string, client: string): Promise<number | null> {
    const { loginPerAccountAndClient: perClient, loginPerAccount: perAccount } = this.config.rateLimits;
    const [fromClient, overall] = await Promise.all([
      this.store.hit(this.clientKey(email, client), perClient.windowSeconds * 1000),
      this.store.hit(this.accountKey(email), perAccount.windowSeconds * 1000),
    ]);
    // Once per window and counter: the attempts refused after it would only repeat the line.
    if (fromClient.hits === perClient.limit + 1) {
      logSecurityEvent({ event: 'login_limited', scope: 'account_client', emailDigest: emailDigest(email), client });
    }
    if (overall.hits === perAccount.limit + 1) {
      logSecurityEvent({ event: 'login_limited', scope: 'account', emailDigest: emailDigest(email), client });
    }
    const waits = [
      fromClient.hits > perClient.limit ? fromClient.resetInMs : 0,
      overall.hits > perAccount.limit ? overall.resetInMs : 0,
    ];
    const wait = Math.max(...waits);
    return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : null;
  }

  async succeeded(email: string, client: string): Promise<void> {
    await this.store.reset([this.clientKey(email, client), this.accountKey(email)]);
  }

  // Hashed, so that the shared store holds no email addresses.
  private accountKey(email: string): string {
    return `login-account:${emailDigest(email)}`;
  }

  private clientKey(email: string, client: string): string {
    return `login-account-client:${emailDigest(email)}:${client}`;
  }
}
