import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { ValidationProblem } from '../common/problem';
import { isUuid } from '../common/uuid';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * A place in one user's event log: every change up to `position` has been seen. During a full sync
 * it also names the last task sent (`afterId`), the tasks being walked in id order.
 */
export interface LogPosition {
  position: number;
  afterId?: string;
}

export const EVENT_CURSOR_PATTERN = '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';
export const MAX_EVENT_CURSOR_LENGTH = 200;

/**
 * Changes-feed cursors, which are also the live stream's event ids. Signed with the user's id, so a
 * cursor of another user (or an edited one) is refused instead of read as a place in this log.
 */
@Injectable()
export class EventCursorCodec {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwt.secret).update('event-log-cursor').digest();
  }

  encode(userId: string, at: LogPosition): string {
    const payload = encodeCursor(at.afterId ? [at.position, at.afterId] : [at.position]);
    return `${payload}.${this.sign(userId, payload)}`;
  }

  /** `field` names where the cursor came from, for the 422. */
  decode(userId: string, cursor: string, field: string): LogPosition {
    const invalid = () => ValidationProblem.field(field, `${field} is not a cursor of yours; sync again without it`);
    const [payload, mac, ...rest] = cursor.split('.');
    const expected = Buffer.from(this.sign(userId, payload ?? ''));
    const given = Buffer.from(mac ?? '');
    if (rest.length || given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let values: unknown[];
    try {
      values = decodeCursor(payload, isLogPosition);
    } catch {
      throw invalid();
    }
    return { position: values[0] as number, afterId: values[1] as string | undefined };
  }

  private sign(userId: string, payload: string): string {
    return createHmac('sha256', this.key).update(`${userId}.${payload}`).digest('base64url').slice(0, 22);
  }
}

const isLogPosition = (v: unknown[]) =>
  (v.length === 1 || (v.length === 2 && isUuid(v[1]))) && Number.isSafeInteger(v[0]) && (v[0] as number) >= 0;
