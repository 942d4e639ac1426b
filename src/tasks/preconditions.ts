import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailed } from '../common/problem';

/**
 * Conditional requests on a task (RFC 9110 section 13): its version is its entity tag, written
 * `"<version>"`. `If-Match` compares strongly (a weak `W/"3"` never matches), `If-None-Match` weakly.
 */
export const etagOf = (version: number) => `"${version}"`;

/** What `If-Match` allows: any existing task (`*`), or only these versions. Undefined: no condition. */
export type IfMatchCondition = '*' | number[];

const MAX_VERSION = 2147483647;

/** The entity tags of a header: `*`, or each `"…"` / `W/"…"` of the list; an element of another form is skipped. */
function entityTags(header: string): '*' | { weak: boolean; value: string }[] {
  if (header.trim() === '*') return '*';
  const tags: { weak: boolean; value: string }[] = [];
  for (const match of header.matchAll(/(W\/)?"([^"]*)"/g)) tags.push({ weak: match[1] !== undefined, value: match[2] });
  return tags;
}

export function parseIfMatch(header: string | string[] | undefined): IfMatchCondition | undefined {
  if (header === undefined) return undefined;
  const tags = entityTags([header].flat().join(','));
  if (tags === '*') return '*';
  return tags
    .filter((tag) => !tag.weak && /^[1-9][0-9]{0,9}$/.test(tag.value))
    .map((tag) => Number(tag.value))
    .filter((version) => version <= MAX_VERSION);
}

/** Whether `If-None-Match` names the task's current version (or is `*`): the GET is then a 304. */
export function noneMatch(header: string | string[] | undefined, version: number): boolean {
  if (header === undefined) return false;
  const tags = entityTags([header].flat().join(','));
  return tags === '*' || tags.some((tag) => tag.value === String(version));
}

export function matchesIfMatch(condition: IfMatchCondition | undefined, version: number): boolean {
  return condition === undefined || condition === '*' || condition.includes(version);
}

/** The versions a conditional write may change (undefined: any), for the statement's WHERE. */
export const versionsOf = (condition: IfMatchCondition | undefined) => (condition === '*' ? undefined : condition);

/** A missing task under `If-Match` is a failed precondition (RFC 9110 13.1.1); without one, a 404. */
export const missing = (condition: IfMatchCondition | undefined, notFound: () => Error) =>
  condition === undefined ? notFound() : new PreconditionFailed();

/** The parsed `If-Match` of the request. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** Sets the task's `ETag` and gives the task back, for a handler to return. */
export function withETag<T extends { version: number }>(reply: FastifyReply, task: T): T {
  reply.header('ETag', etagOf(task.version));
  return task;
}
