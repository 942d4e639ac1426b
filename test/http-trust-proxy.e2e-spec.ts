import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { send } from './support/http';
import { createTestApp, uniqueEmail } from './support/test-app';

const ROOT = join(__dirname, '..');
const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');

/** The address of the nginx container on the compose project's network, as an instance sees it. */
const NGINX = '172.18.0.5';

describe('behind the nginx of docker-compose.yml', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const trustProxy = /^ {6}TRUST_PROXY: *'?([^'\n]*)'?$/m.exec(compose)?.[1];
    expect(trustProxy).toBeDefined();
    app = await createTestApp({ TRUST_PROXY: trustProxy ?? '', RATE_LIMIT_REGISTER: '1/1h' });
  });
  afterAll(() => app.close());

  /** What nginx sends on for a client: its own address as the peer, the client's in X-Forwarded-For. */
  const register = (client: string) =>
    send(app, 'POST', '/api/auth/register', {
      from: NGINX,
      headers: { 'x-forwarded-for': client },
      body: { email: uniqueEmail(), password: 'a fine passphrase' },
    });

  it('has nginx replace X-Forwarded-For with the client it serves, never pass on what a client sent', () => {
    expect(nginx).toMatch(/^\s*proxy_set_header X-Forwarded-For \$remote_addr;$/m);
    expect(nginx).not.toContain('$proxy_add_x_forwarded_for');
  });

  it('counts each client on its own instead of every client as nginx', async () => {
    expect((await register('203.0.113.10')).status).toBe(201);
    expect((await register('198.51.100.20')).status).toBe(201);
    expect((await register('203.0.113.10')).status).toBe(429);
  });
});
