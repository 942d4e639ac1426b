import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { send } from './http';
import type { TestUser } from './test-app';

export interface CreatedToken {
  id: string;
  name: string;
  scopes: string[];
  token: string;
  createdAt: string;
  expiresAt: string;
}

/** Creates a personal access token for the user through the API. */
export async function createPersonalToken(
  app: NestFastifyApplication,
  user: TestUser,
  scopes: string[] = ['tasks:read', 'tasks:write'],
  extra: Record<string, unknown> = {},
): Promise<CreatedToken> {
  const res = await send(app, 'POST', '/api/auth/tokens', {
    token: user.accessToken,
    body: { name: `token ${scopes.join(' ')}`, scopes, ...extra },
  });
  if (res.status !== 201) throw new Error(`create token failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as unknown as CreatedToken;
}
