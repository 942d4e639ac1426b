import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestApp } from './support/test-app';

describe('health', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('answers liveness with 200 ok', async () => {
    const res = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers readiness with 200 when the database answers', async () => {
    await request(app.getHttpServer()).get('/api/health/ready').expect(200, { status: 'ok' });
  });

  it('never rate-limits the probes', async () => {
    const limited = await createTestApp({ RATE_LIMIT_API: '2/1m' });
    try {
      for (let i = 0; i < 5; i++) {
        await request(limited.getHttpServer()).get('/api/health').expect(200);
        await request(limited.getHttpServer()).get('/api/health/ready').expect(200);
      }
      await request(limited.getHttpServer()).get('/api/tasks').expect(401);
      await request(limited.getHttpServer()).get('/api/tasks').expect(401);
      await request(limited.getHttpServer()).get('/api/tasks').expect(429);
    } finally {
      await limited.close();
    }
  });
});
