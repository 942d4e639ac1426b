import { PassThrough } from 'node:stream';
import type { AuthUser } from '../auth/auth-user';

/** One event as the stream writes it, with its position in the log. */
export interface Frame {
  position: number;
  text: string;
}

/** Reads the frames after a position (a page of them, oldest first). */
export type FrameSource = (after: number) => Promise<Frame[]>;

export const READ_PAGE = 100;
/** A client that reads less than this behind is let go rather than buffered without end. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** After a failed read (the database away), the stream tries again this soon even if nothing wakes it. */
const RETRY_READ_MS = 1000;
/** The longest a timer can wait; a credential that lasts longer is looked at again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One open stream: what it has sent up to (`position`), and the reading loop that catches up from
 * there each time it is woken. Reads never overlap: a wake-up during a read makes one more read
 * after it, so a write committed at any moment is read by the stream's next read.
 *
 * It ends once, however that comes: `end()`, its `expiresAt`, or its body destroyed (the client
 * gone). Ending clears its timers and calls `onEnd`, so nothing keeps an ended stream alive.
 */
export class EventStream {
  readonly body = new PassThrough();
  private reading = false;
  private again = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private expiryTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly user: AuthUser,
    public position: number,
    private readonly source: FrameSource,
    private readonly onEnd: (stream: EventStream) => void,
    expiresAt?: Date,
  ) {
    if (expiresAt) this.expireAt(expiresAt);
    // Whoever destroys the body (the server when the client goes) ends the stream with it.
    this.body.once('close', () => this.end());
  }

  get ended(): boolean {
    return this.closed;
  }

  write(text: string): void {
    if (this.closed) return;
    if (this.body.writableLength > MAX_BUFFERED_BYTES) return this.end();
    this.body.write(text);
  }

  /** Reads and sends whatever the log holds after `position`. */
  async wake(): Promise<void> {
    if (this.closed) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.again = false;
        let page: Frame[];
        do {
          page = await this.source(this.position);
          for (const frame of page) {
            if (this.closed) return;
            if (frame.position <= this.position) continue;
            this.write(frame.text);
            this.position = frame.position;
          }
        } while (page.length >= READ_PAGE && !this.closed);
      } while (this.again && !this.closed);
    } catch {
      clearTimeout(this.retryTimer);
      if (!this.closed) this.retryTimer = setTimeout(() => void this.wake(), RETRY_READ_MS);
    } finally {
      this.reading = false;
    }
  }

  /** Sends `last` (if any) and closes; the client reconnects with its Last-Event-ID if it wants more. */
  end(last?: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.expiryTimer);
    if (!this.body.destroyed) {
      if (last) this.body.write(last);
      this.body.end();
    }
    this.onEnd(this);
  }

  private expireAt(expiresAt: Date): void {
    const left = expiresAt.getTime() - Date.now();
    this.expiryTimer = setTimeout(
      () => (left > MAX_TIMER_MS ? this.expireAt(expiresAt) : this.end()),
      Math.max(0, Math.min(left, MAX_TIMER_MS)),
    );
  }
}
