/**
 * The SQL text the API sends for each benchmarked route, as PostgreSQL logged it (the harness's
 * statement check compares the two servers' logs, so a change on either side shows up there).
 * TypeORM sends every statement unnamed, so these are too.
 */
const FIELDS: [string, string][] = [
  ['id', 'id'],
  ['title', 'title'],
  ['description', 'description'],
  ['completed', 'completed'],
  ['completed_at', 'completedAt'],
  ['priority', 'priority'],
  ['due_at', 'dueAt'],
  ['remind_at', 'remindAt'],
  ['tags', 'tags'],
  ['recurrence', 'recurrence'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
  ['version', 'version'],
  ['deleted_at', 'deletedAt'],
];
const SELECTED = FIELDS.map(([column, field]) => `"t"."${column}" AS "${field}"`).join(', ');
const RETURNED = FIELDS.map(([column, field]) => `"${column}" AS "${field}"`).join(', ');

/** The session check behind every access token, as the query builder writes it. */
export const SESSION_ACTIVE =
  'SELECT 1 AS "one" FROM "sessions" "s" WHERE "s"."id" = $1 AND "s"."user_id" = $2 AND ' +
  '("s"."revoked_at" IS NULL AND "s"."expires_at" > now())';

export const listTasks = (limit: number) =>
  `SELECT ${SELECTED} FROM "tasks" "t" WHERE "t"."owner_id" = $1 AND "t"."deleted_at" IS NULL ORDER BY "t"."created_at" DESC, "t"."id" DESC LIMIT ${limit}`;

/** $1 owner, $2 id: a task out of the trash. */
export const FIND_TASK =
  `SELECT ${SELECTED} FROM "tasks" "t" ` + 'WHERE "t"."owner_id" = $1 AND "t"."deleted_at" IS NULL AND "t"."id" = $2';

/** $1 owner, then the fields. */
export const INSERT_TASK =
  'INSERT INTO "tasks" AS "Task"("id", "owner_id", "title", "description", "completed", "completed_at", "priority", ' +
  '"due_at", "remind_at", "tags", "recurrence", "created_at", "updated_at", "version", "deleted_at") ' +
  `VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING ${RETURNED}`;

/** $1–$9 the fields, $10 id, $11 owner, $12 the version read. */
export const UPDATE_TASK =
  'UPDATE "tasks" SET "title" = $1, "description" = $2, "completed" = $3, "completed_at" = $4, "priority" = $5, ' +
  '"due_at" = $6, "remind_at" = $7, "tags" = $8, "recurrence" = $9, "updated_at" = CURRENT_TIMESTAMP ' +
  `WHERE "id" = $10 AND "owner_id" = $11 AND "version" = $12 AND "deleted_at" IS NULL RETURNING ${RETURNED}`;

/** $1 the wanted state (null toggles), $2 now, $3 id, $4 owner, $5 the versions If-Match allows (null: any). */
const DONE = 'COALESCE(CAST($1 AS boolean), NOT "completed")';
export const COMPLETE_TASK =
  `UPDATE "tasks" SET "completed" = ${DONE}, ` +
  `"completed_at" = CASE WHEN NOT ${DONE} THEN NULL WHEN "completed" THEN "completed_at" ELSE CAST($2 AS timestamptz) END, ` +
  `"updated_at" = CASE WHEN "completed" = ${DONE} THEN "updated_at" ELSE CURRENT_TIMESTAMP END ` +
  `WHERE "id" = $3 AND "owner_id" = $4 AND "deleted_at" IS NULL AND ("recurrence" IS NULL OR "due_at" IS NULL OR NOT ${DONE}) ` +
  `AND (CAST($5 AS int[]) IS NULL OR "version" = ANY(CAST($5 AS int[]))) RETURNING ${RETURNED}`;

/** An Idempotency-Key taken by the first request: $1 user, $2 key, $3 method, $4 path, $5 body digest, $6 claim. */
export const CLAIM_KEY =
  'INSERT INTO "idempotency_keys" AS "IdempotencyKey"("user_id", "key", "method", "path", "body_hash", "claim", ' +
  '"status", "response_headers", "response_body", "created_at") VALUES ($1, $2, $3, $4, $5, $6, DEFAULT, DEFAULT, ' +
  'DEFAULT, DEFAULT) ON CONFLICT DO NOTHING  RETURNING claim';

/** The answer kept for replays: $1 status, $2 headers, $3 body, $4 user, $5 key, $6 claim. */
export const KEEP_ANSWER =
  'UPDATE "idempotency_keys" SET "status" = $1, "response_headers" = $2, "response_body" = $3 ' +
  'WHERE ("user_id" = $4 AND "key" = $5 AND "claim" = $6)';

export const FIND_USER_BY_EMAIL =
  'SELECT "u"."id" AS "u_id", "u"."email" AS "u_email", "u"."name" AS "u_name", ' +
  '"u"."password_hash" AS "u_password_hash", "u"."external_issuer" AS "u_external_issuer", ' +
  '"u"."external_subject" AS "u_external_subject", "u"."created_at" AS "u_created_at", ' +
  '"u"."updated_at" AS "u_updated_at" FROM "users" "u" WHERE lower("u"."email") = lower($1)';

export const INSERT_SESSION =
  'INSERT INTO "sessions"("id", "user_id", "refresh_token_hash", "user_agent", "created_at", "last_used_at", "expires_at", "revoked_at") ' +
  'VALUES (DEFAULT, $1, $2, $3, DEFAULT, $4, $5, DEFAULT) RETURNING "id", "created_at", "last_used_at"';

/** Ended sessions are dropped at each sign-in, before the new one is inserted. */
export const DELETE_ENDED_SESSIONS =
  'DELETE FROM "sessions" WHERE "user_id" = $1 AND NOT ("revoked_at" IS NULL AND "expires_at" > now())';
