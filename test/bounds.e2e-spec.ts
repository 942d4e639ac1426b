import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { send, type Reply } from './support/http';
import { boundsOf, type Bound, type OpenApiDocument } from './support/openapi-bounds';
import { ownResourceId, PUBLIC_WEBHOOK_URL, ROUTES, routeKey, withId } from './support/routes';
import { createTestApp, registerUser } from './support/test-app';

type Schema = Bound['schema'];

/**
 * Bounds no valid value can reach, with the reason: at the bound the value must be refused for what
 * it says exactly as a short value of the same shape is (so not for its length), and one past it
 * must still be a 422 naming the field.
 */
const UNREACHABLE: Record<string, string> = {
  'GET /api/tasks/stats tz': 'no IANA zone name is 64 characters long',
  'GET /api/tasks cursor': 'cursors are signed by the API, and the longest it makes is about 2,200 characters',
  'GET /api/tasks/trash cursor': 'trash cursors are signed by the API, and each it makes is about 140 characters',
  'GET /api/tasks/changes since':
    "feed cursors are signed with the user's id, and the longest it makes is about 90 characters",
  'GET /api/events since': "event ids are feed cursors, signed with the user's id: about 90 characters at most",
  'GET /api/events ticket': 'tickets are made by the API: "evt_" and 43 characters, which the pattern alone admits',
};

/** Fields a body may only carry with another one, as their documentation says. */
const NEEDS: Record<string, Record<string, unknown>> = {
  recurrence: { dueAt: '2026-12-01T17:00:00.000Z' },
};

/** A text of exactly `length` characters that is otherwise what the field's format and pattern ask for. */
function text(schema: Schema, length: number): string {
  if (schema.format === 'email') {
    const local = 'a'.repeat(Math.min(64, length - 6));
    const labels: string[] = [];
    // A domain of labels of at most 63 characters, filling what is left between "@" and ".com".
    for (let left = length - local.length - 1 - 4; left > 0; left -= 63) labels.push('b'.repeat(Math.min(left, 62)));
    if (labels.join('.').length + local.length + 5 !== length) labels.push('c');
    return `${local}@${labels.join('.')}.com`;
  }
  if (schema.format === 'uri') return `${PUBLIC_WEBHOOK_URL}/${'x'.repeat(length - PUBLIC_WEBHOOK_URL.length - 1)}`;
  if (schema.format === 'date-time') return `2026-12-01T17:00:00.${'1'.repeat(length - 26)}+01:00`;
  if (typeof schema.pattern === 'string' && schema.pattern.includes('\\.')) return `${'x'.repeat(length - 2)}.x`;
  return 'x'.repeat(length);
}

/** A small valid value of any documented schema, for the parts of a body a bound does not concern. */
function sample(schema: Schema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.type === 'number' || schema.type === 'integer') return (schema.minimum as number | undefined) ?? 1;
  if (schema.type === 'boolean') return true;
  if (schema.properties) {
    const required = (schema.required as string[] | undefined) ?? [];
    return Object.fromEntries(required.map((name) => [name, sample(schema.properties![name])]));
  }
  return text(schema, Math.max(1, (schema.minLength as number | undefined) ?? 1));
}

/** The value at the bound (`step` 0) or one past it (`step` 1). */
function valueFor(bound: Bound, step: 0 | 1): unknown {
  const { keyword, limit, schema } = bound;
  if (keyword === 'minimum') return limit - step;
  if (keyword === 'maximum') return limit + step;
  if (keyword === 'maxItems') {
    // Items from the list's own enum when it has one (repeating them past its size), else any text.
    const choices = (schema.items as Schema | undefined)?.enum as unknown[] | undefined;
    return Array.from({ length: limit + step }, (_, i) => (choices ? choices[i % choices.length] : `item-${i}`));
  }
  return text(schema, limit + step);
}

const fieldName = (bound: Bound) => bound.path.replace('[]', '');
const label = (bound: Bound) => `${bound.method} ${bound.route} ${bound.path}`;

describe('bounds stated by the OpenAPI document', () => {
  let app: NestFastifyApplication;
  let bounds: Bound[];
  beforeAll(async () => {
    app = await createTestApp();
    const res = await send(app, 'GET', '/api/docs-json');
    expect(res.status).toBe(200);
    bounds = boundsOf(res.body as unknown as OpenApiDocument);
  });
  afterAll(() => app.close());

  /** Sends the route's valid request with `value` in the bound's field, as a fresh user on their own resource. */
  async function sendWith(bound: Bound, value: unknown): Promise<Reply> {
    const route = ROUTES.find((r) => routeKey(r) === `${bound.method} ${bound.route}`);
    if (!route) throw new Error(`${bound.method} ${bound.route} is in the document but not in test/support/routes.ts`);
    const user = await registerUser(app);
    const id = route.id ? await ownResourceId(app, route, user) : randomUUID();
    let url = withId(route, id);
    let body = route.body?.(user);
    if (bound.in === 'query') {
      url += `?${new URLSearchParams({ [bound.path]: String(value) })}`;
    } else {
      const [top, nested] = bound.path.replace('[]', '').split('.');
      const inner = bound.path.endsWith('[]') ? [value] : value;
      body = {
        ...body,
        ...NEEDS[top],
        [top]: nested ? { ...(sample(bound.parent!) as object), [nested]: inner } : inner,
      };
    }
    return send(app, route.method, url, { token: route.public ? undefined : user.accessToken, body });
  }

  const errorsFor = (res: Reply, field: string) =>
    ((res.body.errors ?? []) as { field: string; message: string }[]).filter((error) => error.field === field);

  it('finds the bounds of every body and query parameter, the ones once never tested among them', () => {
    const found = new Set(bounds.map(label));
    for (const expected of [
      'POST /api/auth/login password',
      'POST /api/auth/refresh refreshToken',
      'POST /api/auth/change-password currentPassword',
      'POST /api/auth/change-password newPassword',
      'DELETE /api/auth/me password',
      'PATCH /api/tasks/:id title',
      'PUT /api/tasks/:id description',
      'PUT /api/tasks/:id tags',
      'PATCH /api/tasks/:id tags[]',
      'POST /api/tasks recurrence.interval',
      'GET /api/tasks limit',
      'GET /api/tasks/stats tz',
    ]) {
      expect(found).toContain(expected);
    }
  });

  it('accepts every value at its bound and refuses one past it with a 422 naming the field', async () => {
    const failures: string[] = [];
    for (const bound of bounds) {
      const name = `${label(bound)} ${bound.keyword} ${bound.limit}`;
      const field = fieldName(bound);
      const at = await sendWith(bound, valueFor(bound, 0));
      const past = await sendWith(bound, valueFor(bound, 1));

      const unreachable = UNREACHABLE[`${bound.method} ${bound.route} ${bound.path}`];
      if (unreachable) {
        const short = await sendWith(bound, text(bound.schema, 3));
        const shortErrors = errorsFor(short, field);
        if (
          at.status !== 422 ||
          shortErrors.length === 0 ||
          JSON.stringify(errorsFor(at, field)) !== JSON.stringify(shortErrors)
        ) {
          failures.push(
            `${name}: at the bound ${at.status} ${JSON.stringify(at.body)}, not refused like a short value`,
          );
        }
      } else {
        // A 401 other than the bearer one means the value passed validation and the credentials were checked.
        const accepted =
          at.status < 300 || (at.status === 401 && at.body.detail !== 'A valid bearer access token is required.');
        if (!accepted) failures.push(`${name}: at the bound ${at.status} ${JSON.stringify(at.body)}`);
      }
      const pastFields = ((past.body.errors ?? []) as { field: string }[]).map((error) => error.field);
      if (past.status !== 422 || past.body.type !== 'urn:todo-api:problem:validation' || !pastFields.includes(field)) {
        failures.push(`${name}: one past the bound ${past.status} ${JSON.stringify(past.body)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
