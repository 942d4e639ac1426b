import { Controller, Delete, Get, HttpCode, NotFoundException, Param } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems.decorator';
import type { AuthUser } from './auth-user';
import { CurrentUser } from './decorators/current-user.decorator';
import { SessionResponse } from './dto/auth-responses.dto';
import { SESSION_LIST_LIMIT, SessionsService } from './sessions.service';

@ApiTags('auth')
@ApiBearerAuth()
@ApiExtraModels(SessionResponse)
@Controller('auth/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiOperation({
    summary: 'Your active sessions',
    description:
      'Most recently used first; `current` marks the session making the request. An account of the external ' +
      'sign-in service has no sessions here: an empty list.',
  })
  @ApiOkResponse({
    schema: { type: 'array', maxItems: SESSION_LIST_LIMIT, items: { $ref: getSchemaPath(SessionResponse) } },
    description: `The caller's active sessions, most recently used first (at most ${SESSION_LIST_LIMIT}).`,
  })
  @ApiProblems(401, 429, 503)
  list(@CurrentUser() user: AuthUser) {
    return this.sessions.list(user.id, user.sessionId);
  }

  @Delete(':id')
  @ApiOperation({
    summary: 'End one of your sessions',
    description: 'Its tokens stop working at once. A session of another user, or one already ended, is a 404.',
  })
  @HttpCode(204)
  @ApiParam({ name: 'id', format: 'uuid', schema: { type: 'string', format: 'uuid', maxLength: 36 } })
  @ApiNoContentResponse({ description: 'The session is over; its tokens no longer work.' })
  @ApiProblems(401, 404, 429, 503)
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    if (!(await this.sessions.revoke(user.id, id, user.sessionId))) throw new NotFoundException();
  }
}
