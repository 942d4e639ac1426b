import { HttpException, Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { Credentials } from '../auth/credentials.service';
import { problem, ValidationProblem } from '../common/problem';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EventNotifications } from '../database/event-notifications';
import { ShutdownState } from '../health/shutdown-state';
import { toChange } from '../tasks/changes-feed.service';
import { EventCursorCodec, type LogPosition } from './event-cursor';
import { EventLogRepository, type LoggedEvent } from './event-log.repository';
import { EventStream, READ_PAGE, type Frame } from './event-stream';
import { StreamSlots } from './stream-slots';
import { TASK_CHANGED } from './user-event.entity';

/** How long an EventSource waits before it reconnects. */
export const RETRY_MS = 3000;
/** While the listening connection is down, streams look at their logs this often instead. */
const POLL_MS = 1000;
/** When an 11th stream is refused: the soonest one of the others is likely to have ended. */
export const STREAMS_RETRY_AFTER_SECONDS = 30;

/** This instance's streams of one user, and the reads they share. */
interface UserStreams {
  streams: Set<EventStream>;
  /** Grows with each wake-up: a read started before the latest one may have missed its write. */
  generation: number;
  reads: Map<string, Promise<Frame[]>>;
}

const line = (field: string, value: string) => `${field}: ${value.replace(/[\r\n]/g, ' ')}\n`;
const SESSION_ENDED = `${line('event', 'session.ended')}${line('data', '{}')}\n`;

/**
 * The live event streams of this instance. A write on any instance (by any writer of the log)
 * sends a `user_events` notification; each stream of that user then reads the log after its own
 * position, so nothing is skipped or sent twice, and a lost or merged notification costs nothing.
 * The streams of one user at the same position share one read.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnModuleDestroy {
  private readonly users = new Map<string, UserStreams>();
  /** By session (or personal access token) id, to end them when it ends. */
  private readonly byCredential = new Map<string, Set<EventStream>>();
  private readonly stops: (() => void)[] = [];
  private heartbeat: NodeJS.Timeout | undefined;
  private poll: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: EventNotifications,
    private readonly log: EventLogRepository,
    private readonly cursors: EventCursorCodec,
    private readonly slots: StreamSlots,
    private readonly shutdown: ShutdownState,
    private readonly credentials: Credentials,
  ) {}

  onModuleInit(): void {
    this.stops.push(
      this.notifications.onUserEvents((userId) => this.wake(userId)),
      this.notifications.onSessionEnded((id) => this.endCredential(id)),
      this.notifications.onListeningChange((listening) => this.listeningChanged(listening)),
      // Clients reconnect elsewhere while this instance drains.
      this.shutdown.onBegin(() => this.endAll()),
    );
    if (!this.notifications.listening) this.listeningChanged(false);
    this.heartbeat = setInterval(
      () => this.everyStream((stream) => stream.write(':\n\n')),
      this.config.liveEvents.heartbeatMs,
    );
  }

  onModuleDestroy(): void {
    for (const stop of this.stops) stop();
    clearInterval(this.heartbeat);
    clearInterval(this.poll);
    this.endAll();
  }

  get openStreams(): number {
    let count = 0;
    for (const user of this.users.values()) count += user.streams.size;
    return count;
  }

  /** The cursor given to resume from, as a position of the caller's log. */
  resumeFrom(userId: string, cursor: string | undefined, field: string): LogPosition | undefined {
    if (cursor === undefined) return undefined;
    const at = this.cursors.decode(userId, cursor, field);
    // A full sync's cursor names a task part-way: resuming from its position would skip the rest.
    if (at.afterId !== undefined)
      throw ValidationProblem.field(field, `${field} is part-way through a full sync: finish it first`);
    return at;
  }

  /**
   * Opens a stream from `since` (or from now): what was missed first, then live events. Throws the
   * 429 when the user already has the most streams.
   */
  async open(user: AuthUser, since: LogPosition | undefined): Promise<EventStream> {
    const head = await this.log.head(user.id);
    const retry = `retry: ${RETRY_MS}\n\n`;
    const start = since?.position ?? head.lastPosition;
    if (start < head.prunedThrough) {
      const expired = new EventStream(
        user,
        start,
        async () => [],
        () => undefined,
      );
      expired.write(retry);
      expired.end(`${line('event', 'sync.expired')}${line('data', JSON.stringify(problem(410)))}\n`);
      return expired;
    }
    const slot = await this.slots.take(user.id);
    if (!slot) throw new HttpException(problem(429, tooManyStreams(this.config.liveEvents.maxStreamsPerUser)), 429);
    const stream = new EventStream(
      user,
      start,
      (after) => this.read(user.id, after),
      (ended) => {
        this.forget(ended);
        slot.release();
      },
      user.expiresAt,
    );
    this.remember(stream);
    stream.write(retry);
    // The credential was checked before this stream could hear of its end: look again now that it can.
    let live: boolean;
    try {
      live = await this.credentials.isLive(user);
    } catch (error) {
      stream.end(); // its slot goes back, and the caller gets the error
      throw error;
    }
    if (live) void stream.wake();
    else stream.end(SESSION_ENDED);
    return stream;
  }

  private wake(userId: string): void {
    const user = this.users.get(userId);
    if (!user) return;
    user.generation += 1;
    for (const stream of user.streams) void stream.wake();
  }

  private wakeAll(): void {
    for (const userId of this.users.keys()) this.wake(userId);
  }

  /** One read per position and wake-up, however many of the user's streams ask for it. */
  private read(userId: string, after: number): Promise<Frame[]> {
    const user = this.users.get(userId);
    if (!user) return Promise.resolve([]);
    const key = `${after}:${user.generation}`;
    let read = user.reads.get(key);
    if (!read) {
      read = this.log.read(userId, after, READ_PAGE).then((events) => events.map((e) => this.frame(userId, e)));
      const shared = read;
      void read.catch(() => undefined).finally(() => user.reads.get(key) === shared && user.reads.delete(key));
      user.reads.set(key, read);
    }
    return read;
  }

  private frame(userId: string, event: LoggedEvent): Frame {
    const data = event.type === TASK_CHANGED ? toChange(event) : (event.data ?? null);
    const id = this.cursors.encode(userId, { position: event.position });
    return {
      position: event.position,
      text: `${line('id', id)}${line('event', event.type)}${line('data', JSON.stringify(data))}\n`,
    };
  }

  private endCredential(id: string): void {
    for (const stream of [...(this.byCredential.get(id) ?? [])]) stream.end(SESSION_ENDED);
  }

  private listeningChanged(listening: boolean): void {
    clearInterval(this.poll);
    if (listening) this.wakeAll();
    else this.poll = setInterval(() => this.wakeAll(), POLL_MS);
  }

  private everyStream(action: (stream: EventStream) => void): void {
    for (const user of this.users.values()) for (const stream of user.streams) action(stream);
  }

  private endAll(): void {
    const all: EventStream[] = [];
    this.everyStream((stream) => all.push(stream));
    for (const stream of all) stream.end();
  }

  private remember(stream: EventStream): void {
    let user = this.users.get(stream.user.id);
    if (!user) this.users.set(stream.user.id, (user = { streams: new Set(), generation: 0, reads: new Map() }));
    user.streams.add(stream);
    const credential = credentialOf(stream.user);
    if (credential) {
      let set = this.byCredential.get(credential);
      if (!set) this.byCredential.set(credential, (set = new Set()));
      set.add(stream);
    }
  }

  private forget(stream: EventStream): void {
    const user = this.users.get(stream.user.id);
    user?.streams.delete(stream);
    if (user && !user.streams.size) this.users.delete(stream.user.id);
    const credential = credentialOf(stream.user);
    const set = credential ? this.byCredential.get(credential) : undefined;
    set?.delete(stream);
    if (credential && set && !set.size) this.byCredential.delete(credential);
  }
}

/** What ends the stream when it ends: the session, or the personal access token. None for the external issuer. */
const credentialOf = (user: AuthUser) => user.sessionId || user.tokenId || undefined;

const tooManyStreams = (max: number) =>
  `You already have ${max} open event streams; close one (or wait for one to end) before opening another.`;
