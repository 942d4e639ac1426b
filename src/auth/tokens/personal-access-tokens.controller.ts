import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, problemResponse } from '../../common/api-problems.decorator';
import type { AuthUser } from '../auth-user';
import { CurrentUser } from '../decorators/current-user.decorator';
import { NO_PERSONAL_TOKENS_TYPE, NoPersonalTokensProblem } from '../external/external-problems';
import { MAX_TOKENS_PER_USER, PersonalAccessTokensService } from './personal-access-tokens.service';
import { CreatedPersonalAccessTokenResponse, CreateTokenDto, PersonalAccessTokenResponse } from './token.dto';

// No @Scopes: a personal access token can neither mint nor list nor revoke tokens.
@ApiTags('auth')
@ApiBearerAuth()
@ApiExtraModels(PersonalAccessTokenResponse)
@ApiProblems(401, 503)
@Controller('auth/tokens')
export class PersonalAccessTokensController {
  constructor(private readonly tokens: PersonalAccessTokensService) {}

  @Post()
  @ApiOperation({
    summary: 'Create a personal access token',
    description:
      'A named, scoped, expiring token for a script or an AI assistant (see the MCP server at `/api/mcp`). ' +
      'The secret `token` is in this answer only. It stops working when deleted, when it expires, and when ' +
      `the password changes. At most ${MAX_TOKENS_PER_USER} per user.`,
  })
  @ApiCreatedResponse({
    type: CreatedPersonalAccessTokenResponse,
    description: 'Created; `Location` names the token. Keep `token` now: it is never shown again.',
    headers: {
      Location: {
        description: 'The new token: /api/auth/tokens/{id}.',
        schema: { type: 'string', format: 'uri-reference', maxLength: 100 },
      },
    },
  })
  @ApiResponse({
    status: 409,
    ...problemResponse(409),
    description:
      `You already have ${MAX_TOKENS_PER_USER} tokens; delete one first. Or (\`type\` ${NO_PERSONAL_TOKENS_TYPE}) ` +
      'the caller signed in with the external sign-in service: its users cannot create tokens.',
  })
  @ApiProblems(400, 413, 422)
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateTokenDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // A user of the external issuer has no session here (sessionId null): see docs/external-sign-in.md.
    if (user.sessionId === null) throw new NoPersonalTokensProblem();
    const created = await this.tokens.create(user.id, dto);
    reply.header('Location', `/api/auth/tokens/${created.id}`);
    return created;
  }

  @Get()
  @ApiOperation({
    summary: 'Your personal access tokens',
    description: 'Newest first, expired ones included, never with their secrets.',
  })
  @ApiOkResponse({
    schema: {
      type: 'array',
      maxItems: MAX_TOKENS_PER_USER,
      items: { $ref: getSchemaPath(PersonalAccessTokenResponse) },
    },
  })
  list(@CurrentUser() user: AuthUser) {
    return this.tokens.list(user.id);
  }

  @Delete(':id')
  @ApiOperation({
    summary: 'Delete a personal access token',
    description: 'It stops working at once. Another user’s token, or one already deleted, is a 404.',
  })
  @HttpCode(204)
  @ApiParam({ name: 'id', schema: { type: 'string', format: 'uuid', maxLength: 36 } })
  @ApiNoContentResponse({ description: 'Deleted; the token no longer works.' })
  @ApiProblems(404)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.tokens.revoke(user.id, id);
  }
}
