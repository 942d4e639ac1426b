import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { isUuid } from '../common/uuid';
import type { CreateTaskDto } from './dto/create-task.dto';
import type { ListTasksQuery } from './dto/list-tasks.query';
import type { ReplaceTaskDto } from './dto/replace-task.dto';
import type { UpdateTaskDto } from './dto/update-task.dto';
import { Task } from './task.entity';
import { toTaskView, type TaskView } from './task.view';

export const DEFAULT_PAGE_SIZE = 20;

export interface TaskPageView {
  items: TaskView[];
  nextCursor: string | null;
}

@Injectable()
export class TasksService {
  constructor(@InjectRepository(Task) private readonly tasks: Repository<Task>) {}

  async create(ownerId: string, dto: CreateTaskDto): Promise<TaskView> {
    const task = this.tasks.create({ ownerId });
    this.applyCompleted(task, dto.completed ?? false);
    task.title = dto.title;
    task.description = dto.description ?? null;
    return toTaskView(await this.tasks.save(task));
  }

  /** Newest first, keyset-paged over the (owner_id, created_at DESC, id DESC) index. */
  async list(ownerId: string, query: ListTasksQuery): Promise<TaskPageView> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.tasks
      .createQueryBuilder('t')
      .where('t.owner_id = :ownerId', { ownerId })
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1);
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(
        query.cursor,
        (v) => v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && isUuid(v[1]),
      );
      qb.andWhere('(t.created_at, t.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toTaskView),
      nextCursor: rows.length > limit ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  async findOne(ownerId: string, id: string): Promise<TaskView> {
    return toTaskView(await this.load(ownerId, id));
  }

  async update(ownerId: string, id: string, dto: UpdateTaskDto): Promise<TaskView> {
    const task = await this.load(ownerId, id);
    if (dto.title !== undefined) task.title = dto.title;
    if (dto.description !== undefined) task.description = dto.description;
    if (dto.completed !== undefined) this.applyCompleted(task, dto.completed);
    return toTaskView(await this.tasks.save(task));
  }

  async replace(ownerId: string, id: string, dto: ReplaceTaskDto): Promise<TaskView> {
    const task = await this.load(ownerId, id);
    task.title = dto.title;
    task.description = dto.description ?? null;
    this.applyCompleted(task, dto.completed ?? false);
    return toTaskView(await this.tasks.save(task));
  }

  async remove(ownerId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw new NotFoundException();
    const result = await this.tasks.delete({ id, ownerId });
    if (!result.affected) throw new NotFoundException();
  }

  /** Another user's task and a malformed id are the same answer: not yours, 404. */
  private async load(ownerId: string, id: string): Promise<Task> {
    if (!isUuid(id)) throw new NotFoundException();
    const task = await this.tasks.findOneBy({ id, ownerId });
    if (!task) throw new NotFoundException();
    return task;
  }

  private applyCompleted(task: Task, completed: boolean): void {
    if (completed && !task.completed) task.completedAt = new Date();
    if (!completed) task.completedAt = null;
    task.completed = completed;
  }
}
