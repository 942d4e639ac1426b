import fastify, { type FastifyInstance } from 'fastify';
import { registerRequestDeadline } from './request-deadline';

describe(registerRequestDeadline.name, () => {
  let server: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    server = fastify();
    registerRequestDeadline(server, 200);
    const slow = () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 1000));
    server.get('/slow', slow);
    server.post('/slow', slow);
    server.get('/fast', async () => ({ ok: true }));
    base = await server.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it.each(['GET', 'POST'])('answers a %s that outlives the deadline with 503 problem+json', async (method) => {
    const started = Date.now();
    const res = await fetch(`${base}/slow`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ title: 'a body the server reads first' }) : undefined,
    });
    expect(Date.now() - started).toBeLessThan(800);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toMatchObject({ status: 503, detail: 'The request took too long; retry shortly.' });
  });

  it('leaves a request that answers in time alone', async () => {
    const res = await fetch(`${base}/fast`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
