import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { connectDb, snapshotRows } from './support/db';
import { expectProblem, send, type Reply } from './support/http';
import { decodeClaims, forgeToken } from './support/jwt';
import { createAppWithRoutes, ownResourceId, ROUTES, routeKey, withId, type Route } from './support/routes';
import { sorted } from './support/sort';
import { registerUser, type TestUser } from './support/test-app';

const named = (routes: Route[]) => routes.map((route) => [routeKey(route), route] as const);

describe('route matrix', () => {
  let app: NestFastifyApplication;
  let db: Client;
  let registered: string[] = [];
  beforeAll(async () => {
    const created = await createAppWithRoutes();
    app = created.app;
    registered = created.registered.map(routeKey);
    db = await connectDb();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** The route as `user` would call it on their own resource (or a random id), with a valid body. */
  const call = (route: Route, user: TestUser, options: { id?: string; token?: string; extra?: object } = {}) =>
    send(app, route.method, withId(route, options.id ?? randomUUID()), {
      token: options.token,
      body: route.body ? { ...route.body(user), ...options.extra } : options.extra,
    });

  const ownId = (route: Route, owner: TestUser) => ownResourceId(app, route, owner);

  it('has one line for every registered route, and none for a route that is gone', () => {
    expect(sorted(registered)).toEqual(sorted(ROUTES.map(routeKey)));
  });

  describe('without a valid access token', () => {
    let holder: TestUser;
    const bad: Record<string, string | undefined> = {};
    beforeAll(async () => {
      holder = await registerUser(app);
      const claims = decodeClaims(holder.accessToken);
      // Expired by the token's own clock (ten seconds before the real one was issued), not by the test's.
      const iat = (claims.iat as number) - 1000;
      bad.none = undefined;
      bad.forged = forgeToken(claims, { secret: randomBytes(48) });
      bad.expired = forgeToken({ ...claims, iat, exp: iat + 990 });
      const gone = await registerUser(app);
      expect((await send(app, 'POST', '/api/auth/logout', { token: gone.accessToken })).status).toBe(204);
      bad['logged out'] = gone.accessToken;
    });

    it.each(named(ROUTES.filter((route) => !route.public)))(
      '%s answers no, forged, expired and logged-out tokens with the same 401',
      async (_name, route) => {
        const answers: Reply[] = [];
        for (const token of Object.values(bad)) answers.push(await call(route, holder, { token }));
        for (const res of answers) {
          expectProblem(res, 401, 'unauthorized');
          expect(res.headers['www-authenticate']).toEqual(
            route.resourceMetadata
              ? expect.stringMatching(
                  /^Bearer resource_metadata="http:\/\/[^"]+\/\.well-known\/oauth-protected-resource"$/,
                )
              : 'Bearer',
          );
          expect(res.body).toEqual(answers[0].body);
        }
        expect(answers[0].body.detail).toBe('A valid bearer access token is required.');
      },
    );

    it.each(named(ROUTES.filter((route) => route.public)))('%s answers without a token', async (_name, route) => {
      const owner = await registerUser(app);
      const res = await call(route, owner);
      expect(res.status).toBeLessThan(300);
    });
  });

  it.each(named(ROUTES.filter((route) => route.id)))(
    "%s answers another user's id exactly as a random id, changing nothing; the owner's own call works",
    async (_name, route) => {
      const owner = await registerUser(app);
      const stranger = await registerUser(app);
      const id = await ownId(route, owner);
      const before = await snapshotRows(db, owner.id);
      expect(sorted(Object.keys(before))).toEqual(expect.arrayContaining(['sessions', 'tags', 'tasks', 'users']));
      const table = {
        task: 'tasks',
        'trashed-task': 'tasks',
        session: 'sessions',
        token: 'personal_access_tokens',
        webhook: 'webhooks',
      }[route.id!];
      expect(before[table]).toContainEqual(expect.objectContaining({ id }));

      const theirs = await call(route, stranger, { id, token: stranger.accessToken });
      const random = await call(route, stranger, { token: stranger.accessToken });
      expectProblem(theirs, 404, 'not-found');
      expect(theirs.body).toEqual(random.body);
      expect(await snapshotRows(db, owner.id)).toEqual(before);

      const own = await call(route, owner, { id, token: owner.accessToken });
      expect(own.status).toBeLessThan(300);
    },
  );

  it.each(named(ROUTES.filter((route) => route.body)))(
    '%s refuses an unknown body field with a 422 naming it, and accepts the body without it',
    async (_name, route) => {
      const user = await registerUser(app);
      const id = route.id ? await ownId(route, user) : undefined;
      const before = await snapshotRows(db, user.id);
      const refused = await call(route, user, { id, token: user.accessToken, extra: { isAdmin: true } });
      expectProblem(refused, 422, 'validation', ['isAdmin']);
      expect(await snapshotRows(db, user.id)).toEqual(before);

      const accepted = await call(route, user, { id, token: user.accessToken });
      expect(accepted.status).toBeLessThan(300);
    },
  );
});
