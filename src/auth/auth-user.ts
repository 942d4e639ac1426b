import type { TokenScope } from './tokens/token-scopes';

/** The request principal: who is calling, and through which session or personal access token. */
export interface AuthUser {
  id: string;
  /**
   * The session of an access token. Empty for a personal access token, which no session route
   * accepts. Null when the caller signed in with the external issuer: its token belongs to no
   * session here, so it cannot be listed, ended or revoked here; it lasts as long as the issuer says.
   */
  sessionId: string | null;
  /** Set for a personal access token only. */
  tokenId?: string;
  /** What a personal access token may do; a session's access token is not limited by scopes. */
  scopes?: readonly TokenScope[];
  /** When the credential stops working (its `exp`, or a personal access token's expiry): a live stream ends then. */
  expiresAt: Date;
}
