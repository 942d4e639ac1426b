import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Scopes } from '../auth/tokens/token-scopes';
import { ApiProblems, problemResponse } from '../common/api-problems.decorator';
import { ChangesFeedService } from './changes-feed.service';
import { ChangesPage, ChangesQuery } from './dto/changes.dto';

@ApiTags('tasks')
@ApiBearerAuth()
@ApiProblems(401, 503)
@Scopes('tasks:read')
@Controller('tasks')
export class ChangesFeedController {
  constructor(private readonly feed: ChangesFeedService) {}

  @Get('changes')
  @ApiOperation({
    summary: 'What changed in your tasks since a cursor',
    description:
      'Oldest first; a task changed several times appears once, as it is now (`upsert`, trashed ones with ' +
      '`deletedAt`), or as `delete` once deleted for good. Follow `cursor` while `hasMore`, and keep the last one ' +
      'for next time. Without `since`: every task (a full sync), then the cursor to follow from. The cursors ' +
      'are also the ids of the live events (`GET /api/events`).',
  })
  @ApiOkResponse({ type: ChangesPage })
  @ApiResponse({ status: 410, ...problemResponse(410) })
  @ApiProblems(422)
  changes(@CurrentUser() user: AuthUser, @Query() query: ChangesQuery) {
    return this.feed.changes(user.id, query.since, query.limit);
  }
}
