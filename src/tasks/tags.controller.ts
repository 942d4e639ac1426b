import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { TagCountResponse } from './dto/task-stats.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@ApiProblems(401, 503)
@Controller('tags')
export class TagsController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ type: [TagCountResponse], description: 'Your tags, by name, with how many tasks carry each.' })
  list(@CurrentUser() user: AuthUser) {
    return this.tasks.tags(user.id);
  }
}
