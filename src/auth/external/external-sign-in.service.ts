import { Injectable } from '@nestjs/common';
import { UsersRepository, type ExternalUserIdentity } from '../../users/users.repository';
import type { AuthUser } from '../auth-user';
import { logSecurityEvent } from '../security-events';
import { ExternalTokenVerifier } from './external-token.verifier';

/** A bearer token of the external issuer, turned into the user it names (made on first sight). */
@Injectable()
export class ExternalSignIn {
  constructor(
    private readonly verifier: ExternalTokenVerifier,
    private readonly users: UsersRepository,
  ) {}

  /** Whether the token is the external issuer's to judge rather than ours. */
  claims(token: string): boolean {
    return this.verifier.names(token);
  }

  /** The caller, or null for a token that does not pass. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const identity = await this.verifier.verify(token);
    if (!identity) return null;
    return { id: await this.userFor(identity), sessionId: null, expiresAt: identity.expiresAt };
  }

  /**
   * Found by issuer and subject only, never by email: an email claim cannot take over an existing
   * account. A new user keeps the email when no other account has it, else gets none. Of two first
   * requests at once, the one whose insert loses finds the other's row.
   */
  private async userFor(identity: ExternalUserIdentity): Promise<string> {
    const existing = await this.users.findExternalId(identity.issuer, identity.subject);
    if (existing) return existing;
    for (const email of identity.email ? [identity.email, null] : [null]) {
      const created = await this.users.insertExternal(identity, email);
      if (created) {
        logSecurityEvent({ event: 'external_user_created', userId: created, issuer: identity.issuer });
        return created;
      }
      const raced = await this.users.findExternalId(identity.issuer, identity.subject);
      if (raced) return raced;
    }
    throw new Error('a user of the external issuer could be neither found nor created');
  }
}
