import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';

/**
 * The account and session events an operator needs to follow an attack or answer "who did this",
 * one JSON line each (the request id is added by the request's logger). Only ids go in: an email
 * appears as its digest, and no password, token or hash has a field to go in.
 */
export type SecurityEvent =
  | { event: 'login_failed'; userId: string | null; emailDigest: string; client: string }
  | { event: 'login_limited'; scope: 'account' | 'account_client'; emailDigest: string; client: string }
  | { event: 'refresh_reused'; userId: string; sessionId: string }
  | { event: 'refresh_retried'; userId: string; sessionId: string }
  | {
      event: 'password_check_failed';
      userId: string;
      sessionId: string | null;
      action: 'change_password' | 'delete_account';
    }
  | { event: 'password_changed'; userId: string; sessionId: string; endedSessions: number }
  | { event: 'account_deleted'; userId: string; sessionId: string | null }
  | { event: 'logged_out'; userId: string; sessionId: string }
  | { event: 'session_revoked'; userId: string; sessionId: string; by: string | null }
  | { event: 'token_created'; userId: string; tokenId: string; scopes: readonly string[] }
  | { event: 'token_revoked'; userId: string; tokenId: string }
  | { event: 'tokens_revoked'; userId: string; reason: 'password_changed'; count: number }
  | { event: 'external_user_created'; userId: string; issuer: string };

// Warnings are what may be an attack; the rest is the account's own history.
const WARNINGS: ReadonlySet<SecurityEvent['event']> = new Set([
  'login_failed',
  'login_limited',
  'refresh_reused',
  'password_check_failed',
]);

const logger = new Logger('Security');

export function logSecurityEvent(event: SecurityEvent): void {
  if (WARNINGS.has(event.event)) logger.warn(event);
  else logger.log(event);
}

/**
 * The same digest keys the sign-in counters in the rate-limit store, so a log line and a counter
 * can be matched without either holding the address.
 */
export function emailDigest(email: string): string {
  return createHash('sha256').update(email, 'utf8').digest('base64url');
}
