import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { WebhookResolver } from '../src/webhooks/webhook-address';
import { expectProblem, send } from './support/http';
import { createPersonalToken } from './support/personal-tokens';
import { PUBLIC_WEBHOOK_URL } from './support/routes';
import { createTestApp, registerUser, type TestUser } from './support/test-app';

const hook = (body: Record<string, unknown> = {}) => ({ url: PUBLIC_WEBHOOK_URL, events: ['task.changed'], ...body });

describe('webhooks', () => {
  let app: NestFastifyApplication;
  let user: TestUser;
  beforeAll(async () => {
    app = await createTestApp();
  });
  beforeEach(async () => {
    user = await registerUser(app);
  });
  afterAll(() => app.close());

  const create = (body: Record<string, unknown>, token = user.accessToken) =>
    send(app, 'POST', '/api/webhooks', { token, body });

  it('registers an endpoint, shows its secret once, and lists it without', async () => {
    const res = await create(hook({ events: ['reminder.due', 'task.changed'], description: ' chat ' }));
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/webhooks/${res.body.id}`);
    expect(res.body).toEqual({
      id: expect.any(String),
      url: PUBLIC_WEBHOOK_URL,
      events: ['task.changed', 'reminder.due'],
      description: 'chat',
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      enabled: true,
      createdAt: expect.any(String),
    });
    expect(Buffer.from((res.body.secret as string).slice(6), 'base64')).toHaveLength(32);

    const list = await send(app, 'GET', '/api/webhooks', { token: user.accessToken });
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      {
        id: res.body.id,
        url: PUBLIC_WEBHOOK_URL,
        events: ['task.changed', 'reminder.due'],
        description: 'chat',
        enabled: true,
        disabledReason: null,
        lastDeliveryAt: null,
        lastStatus: null,
        createdAt: res.body.createdAt,
      },
    ]);
  });

  it('changes, disables and deletes an endpoint', async () => {
    const { id } = (await create(hook())).body as { id: string };
    const patched = await send(app, 'PATCH', `/api/webhooks/${id}`, {
      token: user.accessToken,
      body: { url: `${PUBLIC_WEBHOOK_URL}/2`, events: ['reminder.due'], enabled: false, description: null },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ url: `${PUBLIC_WEBHOOK_URL}/2`, events: ['reminder.due'], enabled: false });
    expect(patched.body).not.toHaveProperty('secret');

    const deliveries = await send(app, 'GET', `/api/webhooks/${id}/deliveries`, { token: user.accessToken });
    expect(deliveries.status).toBe(200);
    expect(deliveries.body).toEqual([]);

    expect((await send(app, 'DELETE', `/api/webhooks/${id}`, { token: user.accessToken })).status).toBe(204);
    expectProblem(await send(app, 'DELETE', `/api/webhooks/${id}`, { token: user.accessToken }), 404, 'not-found');
    expectProblem(
      await send(app, 'GET', `/api/webhooks/${id}/deliveries`, { token: user.accessToken }),
      404,
      'not-found',
    );
    expect((await send(app, 'GET', '/api/webhooks', { token: user.accessToken })).body).toEqual([]);
  });

  it('answers a malformed id as not found', async () => {
    for (const [method, path] of [
      ['PATCH', '/api/webhooks/not-a-uuid'],
      ['DELETE', '/api/webhooks/not-a-uuid'],
      ['GET', '/api/webhooks/not-a-uuid/deliveries'],
    ] as const) {
      const res = await send(app, method, path, { token: user.accessToken, body: method === 'PATCH' ? {} : undefined });
      expectProblem(res, 404, 'not-found');
    }
  });

  it('keeps at most 10 endpoints per user: the 11th is a 409', async () => {
    const answers = await Promise.all(Array.from({ length: 11 }, () => create(hook())));
    expect(answers.filter((res) => res.status === 201)).toHaveLength(10);
    const refused = answers.find((res) => res.status !== 201)!;
    expectProblem(refused, 409, 'conflict');
    expect(refused.body.detail).toMatch(/10 webhooks/);
  });

  it('refuses a URL that is not http(s) and unknown or missing events, naming the field', async () => {
    for (const url of ['ftp://93.184.215.14/x', 'not a url', '/relative', 'https://user:pw@93.184.215.14/']) {
      expectProblem(await create(hook({ url })), 422, 'validation', ['url']);
    }
    expectProblem(await create(hook({ events: ['task.created'] })), 422, 'validation', ['events']);
    expectProblem(await create(hook({ events: [] })), 422, 'validation', ['events']);
    expectProblem(await create({ url: PUBLIC_WEBHOOK_URL }), 422, 'validation', ['events']);
  });

  it.each([
    ['IPv4 loopback', 'http://127.0.0.1:8080/hook', 'loopback'],
    ['IPv4 loopback in another spelling', 'http://2130706433/hook', 'loopback'],
    ['IPv4 private 10/8', 'https://10.1.2.3/hook', 'private'],
    ['IPv4 private 172.16/12', 'https://172.20.0.1/hook', 'private'],
    ['IPv4 private 192.168/16', 'https://192.168.1.10/hook', 'private'],
    ['IPv4 link-local metadata', 'http://169.254.169.254/latest/meta-data', 'link-local'],
    ['carrier-grade NAT', 'https://100.64.0.1/hook', 'carrier-grade NAT'],
    ['IPv4 unspecified', 'http://0.0.0.0/hook', 'unspecified'],
    ['IPv6 loopback', 'http://[::1]/hook', 'loopback'],
    ['IPv6 unique-local (AWS metadata)', 'http://[fd00:ec2::254]/hook', 'unique-local'],
    ['IPv6 link-local', 'http://[fe80::1]/hook', 'link-local'],
    ['IPv6 unspecified', 'http://[::]/hook', 'unspecified'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['IPv4-mapped IPv6 private', 'http://[::ffff:10.0.0.1]/hook', 'private'],
    ['NAT64 of a private address', 'http://[64:ff9b::a00:1]/hook', 'NAT64 (RFC 6052)'],
    ['a name resolving to loopback', 'http://localhost:3000/hook', 'loopback'],
  ])('refuses %s at registration', async (_name, url, range) => {
    const res = await create(hook({ url }));
    expectProblem(res, 422, 'validation', ['url']);
    expect((res.body.errors as { message: string }[])[0].message).toContain(`a ${range} address`);
  });

  it('refuses cloud metadata names, and takes a name that does not resolve yet', async () => {
    const metadata = await create(hook({ url: 'http://metadata.google.internal/computeMetadata/v1/' }));
    expectProblem(metadata, 422, 'validation', ['url']);
    expect((metadata.body.errors as { message: string }[])[0].message).toMatch(/metadata/);
    expect((await create(hook({ url: 'https://not-deployed-yet.invalid/hook' }))).status).toBe(201);
  });

  it('refuses a name whose DNS answer includes a private address, even beside a public one', async () => {
    const resolver = app.get(WebhookResolver);
    const spy = jest.spyOn(resolver, 'resolve').mockImplementation(async (name) =>
      name === 'mixed.example.test'
        ? [
            { address: '93.184.215.14', family: 4 },
            { address: '192.168.0.7', family: 4 },
          ]
        : [{ address: '93.184.215.14', family: 4 }],
    );
    try {
      expectProblem(await create(hook({ url: 'https://mixed.example.test/hook' })), 422, 'validation', ['url']);
      expect((await create(hook({ url: 'https://public.example.test/hook' }))).status).toBe(201);
    } finally {
      spy.mockRestore();
    }
  });

  it('checks a changed URL as it checks a new one', async () => {
    const { id } = (await create(hook())).body as { id: string };
    const res = await send(app, 'PATCH', `/api/webhooks/${id}`, {
      token: user.accessToken,
      body: { url: 'http://10.0.0.5/hook' },
    });
    expectProblem(res, 422, 'validation', ['url']);
    expect((await send(app, 'GET', '/api/webhooks', { token: user.accessToken })).body).toMatchObject([
      { url: PUBLIC_WEBHOOK_URL },
    ]);
  });

  it('closes every webhook route to personal access tokens, whatever their scopes (403)', async () => {
    const { token } = await createPersonalToken(app, user, ['tasks:read', 'tasks:write']);
    const { id } = (await create(hook())).body as { id: string };
    for (const [method, path, body] of [
      ['POST', '/api/webhooks', hook()],
      ['GET', '/api/webhooks', undefined],
      ['PATCH', `/api/webhooks/${id}`, { enabled: false }],
      ['DELETE', `/api/webhooks/${id}`, undefined],
      ['GET', `/api/webhooks/${id}/deliveries`, undefined],
    ] as const) {
      const res = await send(app, method, path, { token, body });
      expectProblem(res, 403, 'insufficient-scope');
      expect(res.headers['www-authenticate']).toBe('Bearer error="insufficient_scope"');
    }
    expect((await send(app, 'GET', '/api/webhooks', { token: user.accessToken })).body).toMatchObject([
      { id, enabled: true },
    ]);
  });

  it("answers another user's endpoint as a random id on every route", async () => {
    const { id } = (await create(hook())).body as { id: string };
    const stranger = await registerUser(app);
    for (const target of [id, randomUUID()]) {
      for (const [method, path] of [
        ['PATCH', `/api/webhooks/${target}`],
        ['DELETE', `/api/webhooks/${target}`],
        ['GET', `/api/webhooks/${target}/deliveries`],
      ] as const) {
        const res = await send(app, method, path, {
          token: stranger.accessToken,
          body: method === 'PATCH' ? { enabled: false } : undefined,
        });
        expectProblem(res, 404, 'not-found');
      }
    }
    expect((await send(app, 'GET', '/api/webhooks', { token: stranger.accessToken })).body).toEqual([]);
    expect((await send(app, 'GET', '/api/webhooks', { token: user.accessToken })).body).toMatchObject([
      { id, enabled: true },
    ]);
  });
});

describe('webhooks with WEBHOOK_ALLOW_PRIVATE=true', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
  });
  afterAll(() => app.close());

  it('accepts receivers on private and loopback addresses', async () => {
    const user = await registerUser(app);
    for (const url of ['http://127.0.0.1:9/hook', 'http://10.0.0.5/hook', 'http://[::1]:9/hook']) {
      const res = await send(app, 'POST', '/api/webhooks', {
        token: user.accessToken,
        body: { url, events: ['task.changed'] },
      });
      expect(res.status).toBe(201);
    }
  });
});
