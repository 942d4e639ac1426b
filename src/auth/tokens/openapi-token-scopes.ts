import type { OpenAPIObject } from '@nestjs/swagger';
import { problemResponse } from '../../common/api-problems.decorator';
import { TOKEN_SCOPE_EXTENSION } from './token-scopes';

type Operation = { security?: unknown[]; responses?: Record<string, unknown>; [key: string]: unknown };

const CHALLENGE = {
  description: '`Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs.',
  schema: { type: 'string', maxLength: 300 },
};

/**
 * Any operation that takes a bearer token can meet a personal access token it does not allow: the
 * document gives each the 403 once here, worded for the scope it needs (`x-token-scope`) or for
 * none (a session's access token only).
 */
export function documentTokenScopes(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      if (!operation?.responses || !operation.security?.length) continue;
      const scope = operation[TOKEN_SCOPE_EXTENSION] as string | undefined;
      operation.responses['403'] ??= {
        ...problemResponse(403),
        description: scope
          ? `A personal access token without the \`${scope}\` scope.`
          : 'A personal access token: this operation takes only the access token of a signed-in session.',
        headers: { 'WWW-Authenticate': CHALLENGE },
      };
    }
  }
  return document;
}
