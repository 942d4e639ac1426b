import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Each owner's tags with how many of their tasks carry each, kept by a trigger on tasks (see the
 * task-queries migration): GET /api/tags reads a few rows instead of unnesting every task, and the
 * list answers an unused tag at once. No foreign key: deleting a user deletes their tasks, whose
 * trigger then empties their rows here. The application only reads it.
 */
@Entity({ name: 'tags' })
export class Tag {
  @PrimaryColumn({ name: 'owner_id', type: 'uuid', primaryKeyConstraintName: 'tags_pkey' })
  ownerId: string;

  /** Byte order, so tags sort the same on every server. */
  @PrimaryColumn({ type: 'text', collation: 'C', primaryKeyConstraintName: 'tags_pkey' })
  name: string;

  @Column({ name: 'task_count', type: 'integer' })
  taskCount: number;
}
