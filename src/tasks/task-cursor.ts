import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { ValidationProblem } from '../common/problem';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export type CursorValue = string | number | null;

/**
 * The longest cursor a list accepts. The longest one it makes, a title sort past a title of 255
 * characters that JSON must all escape, is about 2,200 characters.
 */
export const MAX_CURSOR_LENGTH = 4096;

/** base64url payload, a dot, base64url signature. */
export const CURSOR_PATTERN = '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';

/** A short digest of a list's sort and filters: a cursor only continues the list it was made for. */
export function listScope(description: object): string {
  return createHash('sha256').update(JSON.stringify(description)).digest('base64url').slice(0, 16);
}

/**
 * Task list cursors: the keyset position (sort key and id of the last row) plus the list's scope,
 * signed so that an edited cursor is refused (422) instead of silently paging from a made-up position.
 */
@Injectable()
export class TaskCursorCodec {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwt.secret).update('task-list-cursor').digest();
  }

  encode(scope: string, position: readonly CursorValue[]): string {
    const payload = encodeCursor([scope, ...position]);
    return `${payload}.${this.sign(payload)}`;
  }

  decode(cursor: string, scope: string, check: (position: unknown[]) => boolean): unknown[] {
    const [payload, mac, ...rest] = cursor.split('.');
    const expected = Buffer.from(this.sign(payload ?? ''));
    const given = Buffer.from(mac ?? '');
    if (rest.length || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw ValidationProblem.field('cursor', 'cursor is not valid for this list; start again without it');
    }
    const values = decodeCursor(payload, (v) => typeof v[0] === 'string' && check(v.slice(1)));
    if (values[0] !== scope) {
      throw ValidationProblem.field('cursor', 'cursor was made for another sort or filter; start again without it');
    }
    return values.slice(1);
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url').slice(0, 22);
  }
}
