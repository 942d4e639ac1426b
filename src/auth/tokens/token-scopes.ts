import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ChallengeException } from '../../common/problem';

export const TOKEN_SCOPES = ['tasks:read', 'tasks:write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_KEY = 'tokenScope';
/** How the OpenAPI document names an operation's scope. */
export const TOKEN_SCOPE_EXTENSION = 'x-token-scope';

/**
 * The scope a personal access token needs for a route (on a handler, or on a controller for all of
 * its handlers, a handler's own winning). A route without one is closed to personal access tokens:
 * a new route is never opened to scripts by forgetting a decorator. A session's access token is not
 * limited by scopes.
 */
export const Scopes = (scope: TokenScope) =>
  applyDecorators(SetMetadata(TOKEN_SCOPE_KEY, scope), ApiExtension(TOKEN_SCOPE_EXTENSION, scope));

/** Writing is of no use without reading what was written, so a writer may read too. */
export function allows(granted: readonly TokenScope[], required: TokenScope): boolean {
  return granted.includes(required) || (required === 'tasks:read' && granted.includes('tasks:write'));
}

/**
 * The 403 for a personal access token on a route its scopes do not reach (RFC 6750 section 3.1),
 * naming the scope that would, if any would. `resourceMetadata` is added for MCP clients.
 */
export function insufficientScope(required: TokenScope | undefined, resourceMetadata?: string): ChallengeException {
  const params = ['error="insufficient_scope"'];
  if (required) params.push(`scope="${required}"`);
  if (resourceMetadata) params.push(`resource_metadata="${resourceMetadata}"`);
  const detail = required
    ? `This personal access token lacks the ${required} scope this request needs; create a token that has it.`
    : 'A personal access token cannot be used here; this route needs the access token of a signed-in session.';
  return new ChallengeException(403, `Bearer ${params.join(', ')}`, detail);
}
