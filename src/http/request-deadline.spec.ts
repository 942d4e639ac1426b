import fastify, { type FastifyInstance } from 'fastify';
import { registerRequestDeadline } from './request-deadline';

describe(registerRequestDeadline.name, () => {
  let server: FastifyInstance;
  let base: string;
  // The slow handler finishes only when the tests are over: a 503 can only be the deadline's.
  let finish!: () => void;
  const over = new Promise<void>((resolve) => (finish = resolve));
  beforeAll(async () => {
    server = fastify();
    registerRequestDeadline(server, 200);
    const slow = async () => {
      await over;
      return { late: true };
    };
    server.get('/slow', slow);
    server.post('/slow', slow);
    server.get('/fast', async () => ({ ok: true }));
    base = await server.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    finish();
    await server.close();
  });

  it.each(['GET', 'POST'])('answers a %s that outlives the deadline with 503 problem+json', async (method) => {
    const res = await fetch(`${base}/slow`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ title: 'a body the server reads first' }) : undefined,
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({
      type: 'urn:todo-api:problem:unavailable',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The request took too long; retry shortly.',
    });
  });

  it('leaves a request that answers in time alone', async () => {
    const res = await fetch(`${base}/fast`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
