import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { Scopes } from '../auth/tokens/token-scopes';
import { ApiProblems } from '../common/api-problems.decorator';
import { TrashPage, TrashQuery } from './dto/trash.dto';
import { ApiIfMatch, ApiTaskId, ApiTaskResponse } from './openapi-conditional';
import { IfMatch, withETag, type IfMatchCondition } from './preconditions';
import { TrashService } from './trash.service';

/** `/api/tasks/trash` is a path of its own: the router prefers it to `/api/tasks/:id`, whatever the order. */
@ApiTags('tasks')
@ApiBearerAuth()
@ApiProblems(401, 503)
@Scopes('tasks:write')
@Controller('tasks')
export class TrashController {
  constructor(private readonly trash: TrashService) {}

  @Get('trash')
  @Scopes('tasks:read')
  @ApiOperation({
    summary: 'Your deleted tasks, most recently deleted first, one page at a time',
    description:
      'Each with `deletedAt`. Follow `nextCursor` for the next page. Trashed tasks are in no other list, count, ' +
      'tag or search until restored, and are deleted for good 30 days (`TRASH_RETENTION`) after their deletion.',
  })
  @ApiOkResponse({ type: TrashPage })
  @ApiProblems(422)
  list(@CurrentUser() user: AuthUser, @Query() query: TrashQuery) {
    return this.trash.list(user.id, query);
  }

  @Post(':id/restore')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take a task out of the trash',
    description:
      'Undoes a delete: the task comes back as it was, its version one more. 404 when it is not in your trash.',
  })
  @ApiTaskId()
  @ApiTaskResponse(200, 'The task, restored.')
  @ApiIfMatch()
  @ApiProblems(404)
  async restore(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @IfMatch() ifMatch: IfMatchCondition | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withETag(reply, await this.trash.restore(user.id, id, ifMatch));
  }

  @Delete('trash/:id')
  @Idempotent()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a task in the trash for good', description: 'There is no undo.' })
  @ApiTaskId()
  @ApiNoContentResponse({ description: 'Deleted for good.' })
  @ApiProblems(404)
  purge(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.trash.purge(user.id, id);
  }

  @Delete('trash')
  @Idempotent()
  @HttpCode(204)
  @ApiOperation({ summary: 'Empty the trash', description: 'Every task in your trash is deleted for good.' })
  @ApiNoContentResponse({ description: 'The trash is empty.' })
  empty(@CurrentUser() user: AuthUser) {
    return this.trash.empty(user.id);
  }
}
