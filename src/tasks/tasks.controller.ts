import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { CreateTaskDto } from './dto/create-task.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { ReplaceTaskDto } from './dto/replace-task.dto';
import { TaskPage, TaskResponse } from './dto/task-response.dto';
import { UpdateTaskDto } from './dto/update-task.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@ApiProblems(401, 503)
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ type: TaskPage })
  @ApiProblems(422)
  list(@CurrentUser() user: AuthUser, @Query() query: ListTasksQuery) {
    return this.tasks.list(user.id, query);
  }

  @Post()
  @ApiCreatedResponse({ type: TaskResponse, description: 'Created; `Location` names the new task.' })
  @ApiProblems(400, 413, 422)
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateTaskDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const task = await this.tasks.create(user.id, dto);
    reply.header('Location', `/api/tasks/${task.id}`);
    return task;
  }

  @Get(':id')
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(404)
  findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.tasks.findOne(user.id, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(400, 404, 413, 422)
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: UpdateTaskDto) {
    return this.tasks.update(user.id, id, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: TaskResponse })
  @ApiProblems(400, 404, 413, 422)
  replace(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: ReplaceTaskDto) {
    return this.tasks.replace(user.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(404)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.tasks.remove(user.id, id);
  }
}
