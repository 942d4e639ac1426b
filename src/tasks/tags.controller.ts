import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Scopes } from '../auth/tokens/token-scopes';
import { ApiProblems } from '../common/api-problems.decorator';
import { TagCountResponse } from './dto/task-stats.dto';
import { TAG_LIST_LIMIT, TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@ApiProblems(401, 503)
@ApiExtraModels(TagCountResponse)
@Scopes('tasks:read')
@Controller('tags')
export class TagsController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOperation({ summary: 'Your tags', description: 'Each tag on your tasks, by name, with how many tasks carry it.' })
  @ApiOkResponse({
    schema: { type: 'array', maxItems: TAG_LIST_LIMIT, items: { $ref: getSchemaPath(TagCountResponse) } },
    description: `Your tags, by name, with how many tasks carry each (the first ${TAG_LIST_LIMIT}).`,
  })
  list(@CurrentUser() user: AuthUser) {
    return this.tasks.tags(user.id);
  }
}
