import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { Scopes } from '../auth/tokens/token-scopes';
import { ApiProblems } from '../common/api-problems.decorator';
import { CompleteTaskDto } from './dto/complete-task.dto';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { ReplaceTaskDto } from './dto/replace-task.dto';
import { TaskPage } from './dto/task-response.dto';
import { TaskStatsQuery, TaskStatsResponse } from './dto/task-stats.dto';
import { canonicalTimeZone } from './dto/time-zone';
import { UpdateTaskDto } from './dto/update-task.dto';
import { ApiIfMatch, ApiIfNoneMatch, ApiTaskId, ApiTaskResponse } from './openapi-conditional';
import { IfMatch, noneMatch, withETag, type IfMatchCondition } from './preconditions';
import { TasksService } from './tasks.service';

// A malformed id is answered like another user's task, 404, so the document states the form only.
const LOCATION = { type: 'string', maxLength: 47, pattern: '^/api/tasks/[0-9a-f-]{36}$' } as const;

@ApiTags('tasks')
@ApiBearerAuth()
@ApiProblems(401, 503)
// Reads are marked tasks:read one by one; any other route here, a new one too, needs tasks:write.
@Scopes('tasks:write')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Scopes('tasks:read')
  @ApiOperation({
    summary: 'List your tasks, filtered and sorted, one page at a time',
    description:
      'Filters combine with AND. Follow `nextCursor` with the same filters and sort: paging never repeats ' +
      'or skips a task, even while tasks are added. A task whose sort key changes while you page appears ' +
      'where its new key puts it. An unknown parameter or value, or a cursor from another list, is a 422.',
  })
  @ApiOkResponse({ type: TaskPage })
  @ApiProblems(422)
  list(@CurrentUser() user: AuthUser, @Query() query: ListTasksQuery) {
    return this.tasks.list(user.id, query);
  }

  @Get('stats')
  @Scopes('tasks:read')
  @ApiOperation({
    summary: 'Counts of your tasks',
    description:
      'All, open, completed, overdue, and due today, where the day is that of the time zone `tz` (UTC by default).',
  })
  @ApiOkResponse({ type: TaskStatsResponse })
  @ApiProblems(422)
  stats(@CurrentUser() user: AuthUser, @Query() query: TaskStatsQuery) {
    return this.tasks.stats(user.id, canonicalTimeZone(query.tz ?? 'UTC') ?? 'UTC');
  }

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create a task', description: 'Only `title` is required; every other field has a default.' })
  @ApiTaskResponse(201, 'Created; `Location` names the new task.', {
    Location: { description: 'The new task: `/api/tasks/{id}`.', required: true, schema: LOCATION },
  })
  @ApiProblems(400, 413, 422)
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateTaskDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const task = await this.tasks.create(user.id, dto);
    reply.header('Location', `/api/tasks/${task.id}`);
    return withETag(reply, task);
  }

  @Get(':id')
  @Scopes('tasks:read')
  @ApiOperation({ summary: 'One of your tasks', description: "Another user's task and a malformed id are both a 404." })
  @ApiTaskId()
  @ApiTaskResponse(200, 'The task.')
  @ApiIfNoneMatch()
  @ApiProblems(404)
  async findOne(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const task = withETag(reply, await this.tasks.findOne(user.id, id));
    if (!noneMatch(ifNoneMatch, task.version)) return task;
    reply.status(304);
  }

  @Patch(':id')
  @Idempotent()
  @ApiOperation({
    summary: 'Change some fields of a task',
    description: 'Fields left out keep their values; the nullable ones are cleared with null.',
  })
  @ApiTaskId()
  @ApiTaskResponse(200, 'The task as changed.')
  @ApiIfMatch()
  @ApiProblems(400, 404, 413, 422)
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() dto: UpdateTaskDto,
    @IfMatch() ifMatch: IfMatchCondition | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withETag(reply, await this.tasks.update(user.id, id, dto, ifMatch));
  }

  @Put(':id')
  @Idempotent()
  @ApiOperation({
    summary: 'Replace a task',
    description: 'Takes every writable field; an optional one left out goes back to its default.',
  })
  @ApiTaskId()
  @ApiTaskResponse(200, 'The task as replaced.')
  @ApiIfMatch()
  @ApiProblems(400, 404, 413, 422)
  async replace(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() dto: ReplaceTaskDto,
    @IfMatch() ifMatch: IfMatchCondition | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withETag(reply, await this.tasks.replace(user.id, id, dto, ifMatch));
  }

  @Patch(':id/complete')
  @Idempotent()
  @ApiTaskId()
  @ApiOperation({
    summary: 'Complete, reopen or toggle a task',
    description:
      '`{ "completed": true|false }` sets it; no body (or an empty one) toggles. A recurring task is not ' +
      'closed: its dueAt moves to the next occurrence after now, and its remindAt by the same amount.',
  })
  @ApiBody({ type: CompleteTaskDto, required: false })
  @ApiTaskResponse(200, 'The task as completed, reopened or moved on.')
  @ApiIfMatch()
  @ApiProblems(400, 404, 413, 422)
  async complete(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() dto: CompleteTaskDto,
    @IfMatch() ifMatch: IfMatchCondition | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withETag(reply, await this.tasks.complete(user.id, id, dto.completed, ifMatch));
  }

  @Delete(':id')
  @Idempotent()
  @ApiOperation({
    summary: 'Delete a task: it moves to the trash',
    description:
      'Out of every list, count, tag and search until restored (`POST /api/tasks/{id}/restore`); deleted for ' +
      'good 30 days later (`TRASH_RETENTION`), or at once from the trash.',
  })
  @ApiTaskId()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'In the trash.' })
  @ApiIfMatch()
  @ApiProblems(404)
  async remove(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @IfMatch() ifMatch: IfMatchCondition | undefined,
  ): Promise<void> {
    await this.tasks.remove(user.id, id, ifMatch);
  }
}
