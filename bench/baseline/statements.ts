/**
 * The SQL text the API sends for each benchmarked route, as PostgreSQL logged it (the harness's
 * statement check compares the two servers' logs, so a change on either side shows up there).
 */
const taskColumns = (alias: string) =>
  [
    'id',
    'owner_id',
    'title',
    'description',
    'completed',
    'completed_at',
    'priority',
    'due_at',
    'remind_at',
    'tags',
    'recurrence',
    'created_at',
    'updated_at',
  ]
    .map((column) => `"${alias}"."${column}" AS "${alias}_${column}"`)
    .join(', ');

/** Sent as a named statement, which each connection parses and plans once, as the API's session check does. */
export const SESSION_ACTIVE = {
  name: 'session-is-active',
  text: 'SELECT 1 FROM sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()',
};

export const listTasks = (limit: number) =>
  `SELECT ${taskColumns('t')} FROM "tasks" "t" WHERE "t"."owner_id" = $1 ORDER BY "t"."created_at" DESC, "t"."id" DESC LIMIT ${limit}`;

export const FIND_TASK = `SELECT ${taskColumns('Task')} FROM "tasks" "Task" WHERE (("Task"."id" = $1) AND ("Task"."owner_id" = $2)) LIMIT 1`;

/** What the API's save() reads before it works out which columns changed. */
export const RELOAD_TASK = `SELECT ${taskColumns('Task')} FROM "tasks" "Task" WHERE "Task"."id" = $1`;

export const INSERT_TASK =
  'INSERT INTO "tasks"("id", "owner_id", "title", "description", "completed", "completed_at", "priority", "due_at", "remind_at", "tags", "recurrence", "created_at", "updated_at") ' +
  'VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, DEFAULT, DEFAULT) ' +
  'RETURNING "id", "completed", "priority", "tags", "created_at", "updated_at"';

export const updateTask = (sets: string[], idParam: number) =>
  `UPDATE "tasks" SET ${sets.join(', ')}, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $${idParam} RETURNING "updated_at"`;

export const FIND_USER_BY_EMAIL =
  'SELECT "User"."id" AS "User_id", "User"."email" AS "User_email", "User"."name" AS "User_name", ' +
  '"User"."password_hash" AS "User_password_hash", "User"."created_at" AS "User_created_at", ' +
  '"User"."updated_at" AS "User_updated_at" FROM "users" "User" WHERE (("User"."email" = $1)) LIMIT 1';

export const INSERT_SESSION =
  'INSERT INTO "sessions"("id", "user_id", "refresh_token_hash", "user_agent", "created_at", "last_used_at", "expires_at", "revoked_at") ' +
  'VALUES (DEFAULT, $1, $2, $3, DEFAULT, $4, $5, DEFAULT) RETURNING "id", "created_at"';
