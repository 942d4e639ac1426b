import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiParam, ApiResponse } from '@nestjs/swagger';
import { problemResponse } from '../common/api-problems.decorator';
import { TaskResponse } from './dto/task-response.dto';

const ETAG_SCHEMA = { type: 'string', maxLength: 12, pattern: '^"[1-9][0-9]*"$', example: '"3"' } as const;

export const ETAG_HEADER = {
  description: 'The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads).',
  required: true,
  schema: ETAG_SCHEMA,
};

const CONDITION_SCHEMA = { type: 'string', minLength: 1, maxLength: 1024, pattern: '^[\\x20-\\x7E]+$' } as const;

/** A malformed id is answered like another user's task, 404, so the document states the form only. */
export const ApiTaskId = () =>
  ApiParam({ name: 'id', schema: { type: 'string', format: 'uuid', maxLength: 36 }, description: 'The task id.' });

/** A response with one task: its body and its `ETag`. */
export const ApiTaskResponse = (status: 200 | 201, description: string, headers: Record<string, object> = {}) =>
  ApiResponse({ status, type: TaskResponse, description, headers: { ETag: ETAG_HEADER, ...headers } });

/** A write that takes `If-Match`, and its 412. */
export const ApiIfMatch = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'Only change the task if it is still this version: the `ETag` you last had (`"3"`), or `*` for any ' +
        'version as long as the task exists. Otherwise nothing changes and the answer is a 412. Without it, the ' +
        'last write wins.',
      schema: CONDITION_SCHEMA,
    }),
    ApiResponse({
      status: 412,
      ...problemResponse(412),
      headers: { ETag: { ...ETAG_HEADER, required: false, description: 'The current version, when the task exists.' } },
    }),
  );

/** A read that takes `If-None-Match`, and its 304. */
export const ApiIfNoneMatch = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description:
        'The `ETag`(s) you have: when one is the current version (weak comparison; `*` for any), the answer is ' +
        'a 304 without a body.',
      schema: CONDITION_SCHEMA,
    }),
    ApiResponse({
      status: 304,
      description: 'Not modified: the version you have is the current one.',
      headers: { ETag: ETAG_HEADER },
    }),
  );
