import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { createTodoClient, type Session, type TodoClient } from '../client';
import { createTestApp, uniqueEmail } from './support/test-app';
import { decodeClaims, forgeToken } from './support/jwt';

/** The same session's access token, as it is once its time has passed. */
function expired(accessToken: string): string {
  const claims = decodeClaims(accessToken);
  const now = Math.floor(Date.now() / 1000);
  return forgeToken({ ...claims, iat: now - 3600, exp: now - 60 });
}

describe('the typed client against the real API', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;
  const refreshes: string[] = [];
  // Counts the refreshes the client makes, and passes every request on unchanged.
  const countingFetch: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/api/auth/refresh')) refreshes.push(url);
    return fetch(input, init);
  };

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  });
  afterAll(() => app.close());

  async function signedUp(): Promise<{ client: TodoClient; sessions: (Session | null)[] }> {
    const sessions: (Session | null)[] = [];
    const client = createTodoClient({ baseUrl, fetch: countingFetch, onSessionChange: (s) => sessions.push(s) });
    const email = uniqueEmail('client');
    const { data, response } = await client.api.POST('/api/auth/register', {
      body: { email, password: `pw-${randomUUID()}`, name: 'Ada' },
    });
    expect(response.status).toBe(201);
    client.signIn(data!);
    expect(data!.user.email).toBe(email);
    return { client, sessions };
  }

  it('registers, creates, lists with filters, completes, and logs out', async () => {
    const { client, sessions } = await signedUp();
    const { api } = client;

    const home = await api.POST('/api/tasks', {
      body: { title: 'Buy milk', tags: ['home'], priority: 'high', dueAt: '2030-01-02T09:00:00.000Z' },
    });
    expect(home.response.status).toBe(201);
    expect(home.response.headers.get('Location')).toBe(`/api/tasks/${home.data!.id}`);
    expect(home.data).toMatchObject({ title: 'Buy milk', tags: ['home'], recurrence: null, completed: false });
    const work = await api.POST('/api/tasks', {
      body: {
        title: 'Send report',
        tags: ['work'],
        recurrence: { frequency: 'weekly', interval: 1 },
        dueAt: '2030-01-03',
      },
    });
    expect(work.data!.recurrence).toEqual({ frequency: 'weekly', interval: 1 });

    const byTag = await api.GET('/api/tasks', { params: { query: { tag: 'home', priority: 'high' } } });
    expect(byTag.data!.items.map((t) => t.id)).toEqual([home.data!.id]);
    const dueSoon = await api.GET('/api/tasks', {
      params: { query: { dueBefore: '2030-01-03T00:00:00.000Z', sort: 'dueAt', limit: 10 } },
    });
    expect(dueSoon.data!.items.map((t) => t.id)).toEqual([home.data!.id]);

    const done = await api.PATCH('/api/tasks/{id}/complete', {
      params: { path: { id: home.data!.id } },
      body: { completed: true },
    });
    expect(done.data).toMatchObject({ id: home.data!.id, completed: true });
    const open = await api.GET('/api/tasks', { params: { query: { completed: false } } });
    expect(open.data!.items.map((t) => t.id)).toEqual([work.data!.id]);

    const cleared = await api.PATCH('/api/tasks/{id}', {
      params: { path: { id: work.data!.id } },
      body: { recurrence: null, description: null },
    });
    expect(cleared.data).toMatchObject({ recurrence: null, description: null });

    await client.signOut();
    expect(client.session()).toBeNull();
    expect(sessions.at(-1)).toBeNull();
    const after = await api.GET('/api/tasks');
    expect(after.response.status).toBe(401);
    expect(after.error).toMatchObject({ status: 401, type: expect.stringContaining('unauthorized') });
  });

  it('refreshes an expired access token once and retries, for requests that fail together', async () => {
    const { client, sessions } = await signedUp();
    const { data: task } = await client.api.POST('/api/tasks', { body: { title: 'still here' } });
    const before = client.session()!;
    client.signIn({ accessToken: expired(before.accessToken), refreshToken: before.refreshToken });
    refreshes.length = 0;

    const [list, one, stats] = await Promise.all([
      client.api.GET('/api/tasks'),
      client.api.GET('/api/tasks/{id}', { params: { path: { id: task!.id } } }),
      client.api.GET('/api/tasks/stats'),
    ]);
    expect([list.response.status, one.response.status, stats.response.status]).toEqual([200, 200, 200]);
    expect(list.data!.items.map((t) => t.id)).toEqual([task!.id]);
    expect(refreshes).toHaveLength(1);
    const after = client.session()!;
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(sessions.at(-1)).toEqual(after);

    // A write is sent again with its body.
    const created = await (async () => {
      client.signIn({ accessToken: expired(after.accessToken), refreshToken: after.refreshToken });
      return client.api.POST('/api/tasks', { body: { title: 'made after a refresh', tags: ['retry'] } });
    })();
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ title: 'made after a refresh', tags: ['retry'] });
    expect(refreshes).toHaveLength(2);
  });

  it('ends the session when the refresh token no longer works, and does not retry', async () => {
    const { client, sessions } = await signedUp();
    const { accessToken, refreshToken } = client.session()!;
    // Spending the refresh token elsewhere, and then its successor (a spent token is forgiven only
    // while its successor is unused), leaves this client with a dead one.
    const elsewhere = await client.api.POST('/api/auth/refresh', { body: { refreshToken } });
    expect(elsewhere.response.status).toBe(200);
    const next = await client.api.POST('/api/auth/refresh', { body: { refreshToken: elsewhere.data!.refreshToken } });
    expect(next.response.status).toBe(200);
    client.signIn({ accessToken: expired(accessToken), refreshToken });
    refreshes.length = 0;

    const res = await client.api.GET('/api/tasks');
    expect(res.response.status).toBe(401);
    expect(refreshes).toHaveLength(1);
    expect(client.session()).toBeNull();
    expect(sessions.at(-1)).toBeNull();
  });

  it('does not refresh on wrong credentials at sign-in', async () => {
    const client = createTodoClient({ baseUrl, fetch: countingFetch });
    refreshes.length = 0;
    const res = await client.api.POST('/api/auth/login', {
      body: { email: uniqueEmail('nobody'), password: 'not the password' },
    });
    expect(res.response.status).toBe(401);
    expect(refreshes).toHaveLength(0);
  });
});
