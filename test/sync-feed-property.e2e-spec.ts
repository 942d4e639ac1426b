import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import { randomInt } from 'node:crypto';
import { send, type Method, type Reply } from './support/http';
import { createTestApp, registerUser, type TestUser } from './support/test-app';

/**
 * The changes feed under concurrent writers on two instances: whatever the interleaving, a reader
 * that follows `GET /api/tasks/changes` from its cursor, and replays what it got, ends up with exactly
 * the tasks the owner has (trashed ones with `deletedAt`), and never sees another user's.
 */

type Task = Record<string, unknown> & { id: string; version: number; deletedAt?: string };
type Change = { op: 'upsert'; task: Task } | { op: 'delete'; id: string; deletedAt: string };

type Op =
  | { kind: 'create'; title: string }
  | { kind: 'update'; pick: number; title: string; ifMatch: boolean }
  | { kind: 'replace'; pick: number; title: string; priority: string }
  | { kind: 'complete'; pick: number; completed?: boolean; ifMatch: boolean }
  | { kind: 'trash'; pick: number; ifMatch: boolean }
  | { kind: 'restore'; pick: number }
  | { kind: 'purge'; pick: number }
  | { kind: 'empty' }
  | { kind: 'stranger' };

const title = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0 && !s.includes('\0'));
const pick = fc.nat(1000);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: title.map((t) => ({ kind: 'create' as const, title: t })) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('update' as const), pick, title, ifMatch: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      pick,
      title,
      priority: fc.constantFrom('none', 'low', 'medium', 'high'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record(
      { kind: fc.constant('complete' as const), pick, completed: fc.boolean(), ifMatch: fc.boolean() },
      { requiredKeys: ['kind', 'pick', 'ifMatch'] },
    ),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('trash' as const), pick, ifMatch: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('purge' as const), pick }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'stranger' as const }) },
);

/** The answers each kind of step may get whatever ran beside it; anything else (a 5xx, a 409) fails. */
const ALLOWED: Record<Op['kind'], number[]> = {
  create: [201],
  update: [200, 404, 412],
  replace: [200, 404],
  complete: [200, 404, 412],
  trash: [204, 404, 412],
  restore: [200, 404],
  purge: [204, 404],
  empty: [204],
  stranger: [201],
};

const RUNS = Number(process.env.FC_RUNS ?? 16);
const MAX_STEPS = Number(process.env.FC_STEPS ?? 200);

describe('changes feed under concurrent writers on two instances (property)', () => {
  let apps: NestFastifyApplication[];
  let stranger: TestUser;
  beforeAll(async () => {
    apps = await Promise.all([createTestApp(), createTestApp()]);
    stranger = await registerUser(apps[0]);
  });
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('rebuilds exactly the owner’s tasks, trashed ones with deletedAt, from the feed followed while they change', async () => {
    const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : randomInt(2 ** 31);
    console.log(`sync feed: fast-check seed ${seed} (replay with FC_SEED=${seed}), ${RUNS} runs`);
    const counts = { steps: 0, changes: 0, reads: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: MAX_STEPS / 2, maxLength: MAX_STEPS, size: 'max' }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 20, size: 'max' }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20, size: 'max' }),
        fc.nat(MAX_STEPS),
        async (ops, widths, limits, readerStart) => {
          const owner = await registerUser(apps[0]);
          const run = new Run(apps, owner, stranger, counts);
          await run.play(ops, widths, limits, readerStart);
          await run.check();
        },
      ),
      { numRuns: RUNS, seed, endOnFailure: true },
    );
    console.log(
      `sync feed: ${counts.steps} concurrent steps, ${counts.reads} feed reads, ${counts.changes} changes replayed`,
    );
    expect(counts.steps).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);
});

class Run {
  /** Every id the owner's writes were answered with, in creation order; the picks index it. */
  private readonly ids: string[] = [];
  /** The last version each id was answered with, for If-Match. */
  private readonly versions = new Map<string, number>();
  /** What the reader rebuilt from the feed. */
  private readonly replica = new Map<string, Task>();
  private cursor: string | undefined;
  private reading = false;
  private readsLeft = 0;

  constructor(
    private readonly apps: NestFastifyApplication[],
    private readonly owner: TestUser,
    private readonly stranger: TestUser,
    private readonly counts: { steps: number; changes: number; reads: number },
  ) {}

  async play(ops: Op[], widths: number[], limits: number[], readerStart: number): Promise<void> {
    let reader: Promise<void> | undefined;
    let writing = true;
    let done = 0;
    for (let round = 0; done < ops.length; round++) {
      if (!reader && done >= readerStart) reader = this.follow(limits, () => writing);
      const batch = ops.slice(done, done + widths[round % widths.length]);
      await Promise.all(batch.map((step, i) => this.step(step, (round + i) % 2)));
      done += batch.length;
      this.counts.steps += batch.length;
    }
    writing = false;
    reader ??= this.follow(limits, () => false);
    await reader;
  }

  /** Follows the feed (a full sync first) until the writers are done and it has caught up. */
  private async follow(limits: number[], writing: () => boolean): Promise<void> {
    this.reading = true;
    for (let read = 0; ; read++) {
      const limit = limits[read % limits.length];
      const res = await this.call(read % 2, 'GET', `/api/tasks/changes?limit=${limit}${this.since()}`);
      expect(res.status).toBe(200);
      this.counts.reads += 1;
      const changes = res.body.changes as Change[];
      expect(changes.length).toBeLessThanOrEqual(limit);
      const ids = changes.map((c) => (c.op === 'upsert' ? c.task.id : c.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const change of changes) this.apply(change);
      this.cursor = res.body.cursor as string;
      if (res.body.hasMore) continue;
      if (!writing()) {
        // One more pass after the writers stopped: what committed last is read now.
        if (this.readsLeft++ > 0) break;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.reading = false;
  }

  private since(): string {
    return this.cursor ? `&since=${encodeURIComponent(this.cursor)}` : '';
  }

  private apply(change: Change): void {
    this.counts.changes += 1;
    if (change.op === 'delete') {
      this.replica.delete(change.id);
      return;
    }
    const seen = this.replica.get(change.task.id);
    // Positions only grow and each upsert is the task as it is at the read: versions never go back.
    if (seen) expect(change.task.version).toBeGreaterThanOrEqual(seen.version);
    this.replica.set(change.task.id, change.task);
  }

  private async step(step: Op, on: number): Promise<void> {
    const id = 'pick' in step ? this.ids[step.pick % Math.max(this.ids.length, 1)] : undefined;
    if ('pick' in step && !id) return;
    const ifMatch = (use: boolean) =>
      use && this.versions.has(id!) ? { 'if-match': `"${this.versions.get(id!)}"` } : undefined;
    let res: Reply;
    switch (step.kind) {
      case 'create':
        res = await this.call(on, 'POST', '/api/tasks', { title: step.title });
        if (res.status === 201) this.ids.push(res.body.id as string);
        break;
      case 'update':
        res = await this.call(on, 'PATCH', `/api/tasks/${id}`, { title: step.title }, ifMatch(step.ifMatch));
        break;
      case 'replace':
        res = await this.call(on, 'PUT', `/api/tasks/${id}`, { title: step.title, priority: step.priority });
        break;
      case 'complete':
        res = await this.call(
          on,
          'PATCH',
          `/api/tasks/${id}/complete`,
          step.completed === undefined ? undefined : { completed: step.completed },
          ifMatch(step.ifMatch),
        );
        break;
      case 'trash':
        res = await this.call(on, 'DELETE', `/api/tasks/${id}`, undefined, ifMatch(step.ifMatch));
        break;
      case 'restore':
        res = await this.call(on, 'POST', `/api/tasks/${id}/restore`);
        break;
      case 'purge':
        res = await this.call(on, 'DELETE', `/api/tasks/trash/${id}`);
        break;
      case 'empty':
        res = await this.call(on, 'DELETE', '/api/tasks/trash');
        break;
      case 'stranger':
        res = await send(this.apps[on], 'POST', '/api/tasks', {
          token: this.stranger.accessToken,
          body: { title: 'not the owner’s' },
        });
        break;
    }
    if (!ALLOWED[step.kind].includes(res.status)) {
      throw new Error(`${step.kind} answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    if (typeof res.body.version === 'number') this.versions.set(res.body.id as string, res.body.version);
  }

  /** The replica equals the owner's tasks as the API lists them: the live ones and the trash. */
  async check(): Promise<void> {
    expect(this.reading).toBe(false);
    const truth = new Map<string, Task>();
    for (const path of ['/api/tasks', '/api/tasks/trash']) {
      let cursor: string | null = null;
      do {
        const res: Reply = await this.call(
          0,
          'GET',
          `${path}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        for (const task of res.body.items as Task[]) truth.set(task.id, task);
        cursor = res.body.nextCursor as string | null;
      } while (cursor);
    }
    const sortedById = (map: Map<string, Task>) => [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortedById(this.replica)).toEqual(sortedById(truth));
  }

  private call(on: number, method: Method, url: string, body?: object, headers?: Record<string, string>) {
    return send(this.apps[on], method, url, { token: this.owner.accessToken, body, headers });
  }
}
