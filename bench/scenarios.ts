import type { Fixtures } from './seed';

/** One kind of request the load generator sends; a scenario runs one or two of them at once. */
export type RequestKind = 'list' | 'get' | 'get-304' | 'create' | 'create-keyed' | 'complete' | 'login';

/**
 * How the complete scenario reaches the API: the dedicated route, or a partial update of
 * `completed` where the dedicated route is not there.
 */
export type CompleteRoute = 'complete' | 'patch';

export interface BenchRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export const EXPECTED_STATUS: Record<RequestKind, number> = {
  list: 200,
  get: 200,
  'get-304': 304,
  create: 201,
  'create-keyed': 201,
  complete: 200,
  login: 200,
};

export interface Scenario {
  name: string;
  title: string;
  /** Measured load, and optionally a second load running alongside it. */
  kind: RequestKind;
  /** Instead of the run's connection count: logins queue on bcrypt, so fewer keep their wait under the request deadline. */
  connections?: number;
  background?: { kind: RequestKind; connections: number };
}

export const SCENARIOS: Scenario[] = [
  { name: 'list', title: 'list a page of tasks (GET /api/tasks?limit=20)', kind: 'list' },
  { name: 'get', title: 'get one task (GET /api/tasks/:id)', kind: 'get' },
  {
    name: 'get-304',
    title: 'get one task you have (GET /api/tasks/:id with If-None-Match, answered 304)',
    kind: 'get-304',
  },
  { name: 'create', title: 'create a task (POST /api/tasks)', kind: 'create' },
  {
    name: 'create-keyed',
    title: 'create a task under a fresh Idempotency-Key (POST /api/tasks)',
    kind: 'create-keyed',
  },
  { name: 'complete', title: 'complete a task', kind: 'complete' },
  { name: 'login', title: 'log in (POST /api/auth/login, 8 connections)', kind: 'login', connections: 8 },
  {
    name: 'list+login',
    title: 'list while logins run (8 more connections logging in)',
    kind: 'list',
    background: { kind: 'login', connections: 8 },
  },
];

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * Builds the n-th request of a kind. Reads and creates pick a user at random; completes walk
 * every sampled task in turn and flip it, so no two connections hold the same task and every
 * request changes a row.
 */
export function requestMaker(
  kind: RequestKind,
  fixtures: Fixtures,
  completeRoute: CompleteRoute,
  random: () => number = Math.random,
): (n: number) => BenchRequest {
  const { users } = fixtures;
  const anyUser = () => users[Math.floor(random() * users.length)];
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  switch (kind) {
    case 'list':
      return () => ({ method: 'GET', path: '/api/tasks?limit=20', headers: auth(anyUser().token) });
    case 'get':
      return () => {
        const user = anyUser();
        const id = user.taskIds[Math.floor(random() * user.taskIds.length)];
        return { method: 'GET', path: `/api/tasks/${id}`, headers: auth(user.token) };
      };
    case 'get-304':
      return () => {
        const user = anyUser();
        const id = user.readIds[Math.floor(random() * user.readIds.length)];
        // Seeded rows are at version 1, and no scenario writes this sample.
        return { method: 'GET', path: `/api/tasks/${id}`, headers: { ...auth(user.token), 'if-none-match': '"1"' } };
      };
    case 'create':
    case 'create-keyed':
      return (n) => ({
        method: 'POST',
        path: '/api/tasks',
        headers: {
          ...auth(anyUser().token),
          ...JSON_HEADERS,
          ...(kind === 'create-keyed' ? { 'idempotency-key': `bench-${n}-${Math.floor(random() * 1e9)}` } : {}),
        },
        body: JSON.stringify({
          title: `bench create ${n}`,
          description: 'Made by the benchmark; deleted after the round.',
        }),
      });
    case 'complete': {
      const pairs = users.flatMap((user) => user.taskIds.map((id) => ({ token: user.token, id })));
      const done = new Uint8Array(pairs.length);
      return (n) => {
        const i = n % pairs.length;
        done[i] ^= 1;
        const { token, id } = pairs[i];
        return {
          method: 'PATCH',
          path: completeRoute === 'complete' ? `/api/tasks/${id}/complete` : `/api/tasks/${id}`,
          headers: { ...auth(token), ...JSON_HEADERS },
          body: JSON.stringify({ completed: done[i] === 1 }),
        };
      };
    }
    case 'login':
      return () => ({
        method: 'POST',
        path: '/api/auth/login',
        headers: JSON_HEADERS,
        body: JSON.stringify({ email: anyUser().email, password: fixtures.password }),
      });
  }
}
