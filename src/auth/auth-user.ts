/** The request principal: who is calling, and through which session. */
export interface AuthUser {
  id: string;
  sessionId: string;
}
