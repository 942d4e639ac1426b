import { Injectable } from '@nestjs/common';
import type { AuthUser } from './auth-user';
import { SessionsRepository } from './sessions.repository';
import { PersonalAccessTokensRepository } from './tokens/personal-access-tokens.repository';

/**
 * Whether the credential behind a request still works now. The guard checks it when a request
 * arrives; an answer that lasts (the event stream) asks again once it can hear of the
 * credential's end, so an end in between is not missed.
 */
@Injectable()
export class Credentials {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly tokens: PersonalAccessTokensRepository,
  ) {}

  isLive(user: AuthUser): Promise<boolean> {
    if (user.tokenId) return this.tokens.isLive(user.id, user.tokenId);
    if (user.sessionId) return this.sessions.isActive(user.id, user.sessionId);
    // The external issuer's token: nothing here can end it before it expires.
    return Promise.resolve(true);
  }
}
