import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { CompiledQueries, CompiledQuery, parameter } from '../database/compiled-query';
import type { TaskStatsResponse } from './dto/task-stats.dto';
import { applyTaskFilters, ListShape, type TaskFilters, type TaskListOrder } from './task-query.builder';
import { Tag } from './tag.entity';
import { Task } from './task.entity';

/** A task as the API shows it: every column but the owner, named as the entity's fields. */
export type TaskRow = Omit<Task, 'ownerId'>;

/** What the application writes; the key, timestamps, version and trash are PostgreSQL's to keep. */
export const WRITTEN_FIELDS = [
  'title',
  'description',
  'completed',
  'completedAt',
  'priority',
  'dueAt',
  'remindAt',
  'tags',
  'recurrence',
] as const;
export type TaskFields = Pick<TaskRow, (typeof WRITTEN_FIELDS)[number]>;

/** What a read or a write answers: the written fields, the key, the timestamps, the version and the trash. */
export const TASK_ROW_FIELDS = ['id', ...WRITTEN_FIELDS, 'createdAt', 'updatedAt', 'version', 'deletedAt'] as const;

export interface TagCount {
  name: string;
  count: number;
}

/** How many list shapes (filters × sort × cursor × page size) keep their compiled statement. */
export const LIST_SHAPES = 256;

type ById = { ownerId: string; id: string };
type ListValues = { ownerId: string } & Record<string, unknown>;

/** `{ title: ':title', … }` for `.values()` and `.set()`: see `parameter`. */
const named = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, parameter(name)]));

/**
 * Every query on tasks (and on the tags table their trigger keeps). Each method takes the owner's id
 * first and every statement it sends is filtered by it: another user's task is never read or touched.
 * Rows come back raw, already named as the entity's fields, so they map to the response without
 * hydrating entities. The statements of the hot paths are compiled: written by the query builder once,
 * then sent with values only (CompiledQuery; docs/benchmarks.md for what each way costs).
 */
@Injectable()
export class TasksRepository {
  /** `"t"."due_at" AS "dueAt"`, …: the columns of a TaskRow, from the entity's metadata. */
  private readonly selected: { property: string; selection: string }[];
  /** The same for RETURNING, which names the table's columns without an alias. */
  private readonly returned: string;
  private readonly findOneStatement: CompiledQuery<ById, TaskRow>;
  private readonly insertStatement: CompiledQuery<TaskFields & { ownerId: string }, TaskRow>;
  private readonly updateStatement: CompiledQuery<TaskFields & ById & { version: number }, TaskRow>;
  private readonly completeStatement: CompiledQuery<
    ById & { completed: boolean | null; now: Date; versions: number[] | null },
    TaskRow
  >;
  private readonly hasTagStatement: CompiledQuery<{ ownerId: string; name: string }>;
  private readonly lists = new CompiledQueries<ListValues, TaskRow>(LIST_SHAPES);

  constructor(
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    @InjectRepository(Tag) private readonly tags: Repository<Tag>,
  ) {
    const escape = (name: string) => tasks.manager.connection.driver.escape(name);
    const columns = TASK_ROW_FIELDS.map((field) => tasks.metadata.findColumnWithPropertyName(field)!);
    this.selected = columns.map((c) => ({ property: c.propertyName, selection: `t.${c.propertyName}` }));
    this.returned = columns.map((c) => `${escape(c.databaseName)} AS ${escape(c.propertyName)}`).join(', ');
    const written = Object.fromEntries(WRITTEN_FIELDS.map((f) => [f, tasks.metadata.findColumnWithPropertyName(f)!]));

    this.findOneStatement = new CompiledQuery(this.select().andWhere('t.id = :id'), ['ownerId', 'id']);
    this.insertStatement = new CompiledQuery(
      tasks
        .createQueryBuilder()
        .insert()
        .values(named(['ownerId', ...WRITTEN_FIELDS]))
        .returning(this.returned)
        .updateEntity(false),
      ['ownerId', ...WRITTEN_FIELDS],
      written,
    );
    this.updateStatement = new CompiledQuery(
      tasks
        .createQueryBuilder()
        .update()
        .set(named(WRITTEN_FIELDS))
        .where('id = :id AND ownerId = :ownerId')
        .andWhere('version = :version AND deletedAt IS NULL')
        .returning(this.returned)
        .updateEntity(false),
      ['ownerId', 'id', 'version', ...WRITTEN_FIELDS],
      written,
    );
    const done = 'COALESCE(CAST(:completed AS boolean), NOT completed)';
    this.completeStatement = new CompiledQuery(
      tasks
        .createQueryBuilder()
        .update()
        .set({
          completed: () => done,
          completedAt: () =>
            `CASE WHEN NOT ${done} THEN NULL WHEN completed THEN completedAt ELSE CAST(:now AS timestamptz) END`,
          updatedAt: () => `CASE WHEN completed = ${done} THEN updatedAt ELSE CURRENT_TIMESTAMP END`,
        })
        .where('id = :id AND ownerId = :ownerId AND deletedAt IS NULL')
        .andWhere(`(recurrence IS NULL OR dueAt IS NULL OR NOT ${done})`)
        .andWhere('(CAST(:versions AS int[]) IS NULL OR version = ANY(CAST(:versions AS int[])))')
        .returning(this.returned)
        .updateEntity(false),
      ['ownerId', 'id', 'completed', 'now', 'versions'],
    );
    this.hasTagStatement = new CompiledQuery(
      tags.createQueryBuilder('tag').select('1', 'one').where('tag.ownerId = :ownerId AND tag.name = :name'),
      ['ownerId', 'name'],
    );
  }

  async insert(ownerId: string, fields: TaskFields): Promise<TaskRow> {
    return (await this.insertStatement.first({ ownerId, ...fields }))!;
  }

  findOne(ownerId: string, id: string): Promise<TaskRow | undefined> {
    return this.findOneStatement.first({ ownerId, id });
  }

  /**
   * Writes every field, only if the task is still the version that was read (and not in the trash):
   * undefined otherwise. The version condition is in the statement, so no change made in between is
   * lost, and an `If-Match` checked against the read holds at the write.
   */
  updateIfVersion(ownerId: string, id: string, version: number, fields: TaskFields): Promise<TaskRow | undefined> {
    return this.updateStatement.first({ ownerId, id, version, ...fields });
  }

  /**
   * Sets the completed state (`null` toggles) in one statement, completed_at and updated_at changing
   * only with the state. A recurring task being completed is left out (undefined): its dates move
   * instead, which the service works out and writes with updateIfVersion. `versions`: only a task at
   * one of them is changed (`If-Match`).
   */
  complete(
    ownerId: string,
    id: string,
    completed: boolean | null,
    now: Date,
    versions?: number[],
  ): Promise<TaskRow | undefined> {
    return this.completeStatement.first({ ownerId, id, completed, now, versions: versions ?? null });
  }

  /**
   * Moves a task to the trash (at one of `versions`, when given), its other fields as they were (so a
   * restore puts it back where it was); undefined when the owner has no such task out of the trash.
   */
  async trash(ownerId: string, id: string, now: Date, versions?: number[]): Promise<TaskRow | undefined> {
    return this.setTrashed(ownerId, id, now, versions);
  }

  /** Takes a task out of the trash; undefined when it is not in the owner's trash (at one of `versions`). */
  async restore(ownerId: string, id: string, versions?: number[]): Promise<TaskRow | undefined> {
    return this.setTrashed(ownerId, id, null, versions);
  }

  findTrashed(ownerId: string, id: string): Promise<TaskRow | undefined> {
    return this.columns().andWhere('t.id = :id AND t.deletedAt IS NOT NULL', { id, ownerId }).getRawOne<TaskRow>();
  }

  /** One page of the trash, most recently deleted first, after `[deletedAt, id]` if given. */
  trashPage(ownerId: string, after: [string, string] | undefined, limit: number): Promise<TaskRow[]> {
    const qb = this.columns().andWhere('t.deletedAt IS NOT NULL', { ownerId });
    if (after) {
      qb.andWhere('(t.deletedAt, t.id) < (CAST(:afterDeleted AS timestamptz), CAST(:afterId AS uuid))', {
        afterDeleted: after[0],
        afterId: after[1],
      });
    }
    return qb.orderBy('t.deletedAt', 'DESC').addOrderBy('t.id', 'DESC').limit(limit).getRawMany<TaskRow>();
  }

  /** Deletes a task in the trash for good; false when the owner has no such task in the trash. */
  async purge(ownerId: string, id: string): Promise<boolean> {
    const { affected } = await this.tasks
      .createQueryBuilder()
      .delete()
      .where('id = :id AND ownerId = :ownerId AND deletedAt IS NOT NULL', { id, ownerId })
      .execute();
    return (affected ?? 0) > 0;
  }

  async emptyTrash(ownerId: string): Promise<void> {
    await this.tasks
      .createQueryBuilder()
      .delete()
      .where('ownerId = :ownerId AND deletedAt IS NOT NULL', { ownerId })
      .execute();
  }

  /**
   * The upkeep's: up to `limit` tasks of any owner that went to the trash before `cutoff`, deleted
   * for good (the oldest first, over the trash index); how many.
   */
  async purgeTrashedBefore(cutoff: Date, limit: number): Promise<number> {
    const oldest = this.tasks
      .createQueryBuilder('old')
      .select('old.id')
      .where('old.deletedAt < :cutoff')
      .orderBy('old.deletedAt')
      .limit(limit);
    const { affected } = await this.tasks
      .createQueryBuilder()
      .delete()
      .where(`id IN (${oldest.getQuery()})`, { cutoff })
      .execute();
    return affected ?? 0;
  }

  private async setTrashed(
    ownerId: string,
    id: string,
    deletedAt: Date | null,
    versions: number[] | undefined,
  ): Promise<TaskRow | undefined> {
    const { raw } = await this.tasks
      .createQueryBuilder()
      .update()
      // updatedAt named so that TypeORM does not stamp it: the trash is not an edit of the task.
      .set({ deletedAt, updatedAt: () => 'updatedAt' })
      .where('id = :id AND ownerId = :ownerId', { id, ownerId })
      .andWhere(deletedAt ? 'deletedAt IS NULL' : 'deletedAt IS NOT NULL')
      .andWhere('(CAST(:versions AS int[]) IS NULL OR version = ANY(CAST(:versions AS int[])))', {
        versions: versions ?? null,
      })
      .returning(this.returned)
      .updateEntity(false)
      .execute();
    return (raw as TaskRow[])[0];
  }

  /**
   * One page in the order given, after the cursor's position if any; `limit` rows at most. The
   * filters and the cursor give the conditions; their text picks the shape's compiled statement
   * (listQuery writes it on the shape's first use), their parameters are its values.
   */
  list(
    ownerId: string,
    filters: TaskFilters,
    order: TaskListOrder,
    after: unknown[] | undefined,
    limit: number,
    now: Date,
  ): Promise<TaskRow[]> {
    const shape = applyTaskFilters(new ListShape(order, limit), filters, order, now);
    if (after) order.after(shape, after);
    const statement = this.lists.get(
      shape.key,
      () =>
        new CompiledQuery(this.listQuery(ownerId, filters, order, after, limit, now), [
          'ownerId',
          ...Object.keys(shape.parameters),
        ]),
    );
    return statement.rows({ ...shape.parameters, ownerId });
  }

  /** The list's statement, also for the query-plan tools (bench/task-queries.ts). */
  listQuery(
    ownerId: string,
    filters: TaskFilters,
    order: TaskListOrder,
    after: unknown[] | undefined,
    limit: number,
    now: Date,
  ): SelectQueryBuilder<Task> {
    const qb = applyTaskFilters(this.select().setParameter('ownerId', ownerId), filters, order, now);
    if (after) order.after(qb, after);
    return order.apply(qb, limit);
  }

  /** Whether any of the owner's tasks carries the tag, from the tags table (one primary-key probe). */
  async hasTag(ownerId: string, name: string): Promise<boolean> {
    return (await this.hasTagStatement.first({ ownerId, name })) !== undefined;
  }

  /** The owner's tags by name with how many tasks carry each; `limit` at most. */
  tagCounts(ownerId: string, limit: number): Promise<TagCount[]> {
    return this.tagsQuery(ownerId, limit).getRawMany<TagCount>();
  }

  tagsQuery(ownerId: string, limit: number): SelectQueryBuilder<Tag> {
    return this.tags
      .createQueryBuilder('tag')
      .select('tag.name', 'name')
      .addSelect('tag.taskCount', 'count')
      .where('tag.ownerId = :ownerId', { ownerId })
      .orderBy('tag.name')
      .limit(limit);
  }

  /**
   * Counts in one pass over the owner's rows. `timeZone` is an IANA name; a zone this database does
   * not know fails with SQLSTATE 22023.
   */
  async stats(ownerId: string, now: Date, timeZone: string): Promise<TaskStatsResponse> {
    return (await this.statsQuery(ownerId, now, timeZone).getRawOne<TaskStatsResponse>())!;
  }

  /**
   * "Today" runs from local midnight to the next one in the zone, so a 23- or 25-hour day is right
   * too. MATERIALIZED: computed once, not inlined into the per-row filters (a zone conversion per
   * row is 4x slower).
   */
  statsQuery(ownerId: string, now: Date, timeZone: string): SelectQueryBuilder<Task> {
    const open = 'NOT t.completed';
    return this.tasks
      .createQueryBuilder('t')
      .addCommonTableExpression(
        `SELECT date_trunc('day', CAST(:now AS timestamptz) AT TIME ZONE :zone) AS midnight`,
        'local',
      )
      .addCommonTableExpression(
        `SELECT midnight AT TIME ZONE :zone AS starts, (midnight + interval '1 day') AT TIME ZONE :zone AS ends FROM local`,
        'today',
        { materialized: true },
      )
      .select('CAST(count(*) AS int)', 'total')
      .addSelect(`CAST(count(*) FILTER (WHERE ${open}) AS int)`, 'active')
      .addSelect('CAST(count(*) FILTER (WHERE t.completed) AS int)', 'completed')
      .addSelect(`CAST(count(*) FILTER (WHERE ${open} AND t.dueAt < :now) AS int)`, 'overdue')
      .addSelect(
        `CAST(count(*) FILTER (WHERE ${open} AND t.dueAt >= today.starts AND t.dueAt < today.ends) AS int)`,
        'dueToday',
      )
      .innerJoin('today', 'today', 'true')
      .where('t.ownerId = :ownerId AND t.deletedAt IS NULL', { ownerId })
      .setParameters({ now, zone: timeZone });
  }

  /** The owner's tasks (parameter `ownerId`) out of the trash, selecting a TaskRow's columns. */
  private select(): SelectQueryBuilder<Task> {
    return this.columns().andWhere('t.deletedAt IS NULL');
  }

  /** The owner's tasks (parameter `ownerId`), trashed ones too, selecting a TaskRow's columns. */
  private columns(): SelectQueryBuilder<Task> {
    const qb = this.tasks.createQueryBuilder('t').select([]);
    for (const column of this.selected) qb.addSelect(column.selection, column.property);
    return qb.where('t.ownerId = :ownerId');
  }
}
