import { Writable } from 'node:stream';
import { createLogger, wantsPrettyLogs } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, write: (chunk: string) => void lines.push(JSON.parse(chunk)) };
}

describe(createLogger.name, () => {
  it('writes JSON lines with the level as a word and an ISO time', () => {
    const out = capture();
    createLogger('info', out).info({ route: '/api/tasks' }, 'hello');
    expect(out.lines[0]).toMatchObject({ level: 'info', route: '/api/tasks', msg: 'hello' });
    expect(String(out.lines[0].time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps below-level lines out', () => {
    const out = capture();
    const logger = createLogger('warn', out);
    logger.info('not written');
    logger.warn('written');
    expect(out.lines.map((line) => line.msg)).toEqual(['written']);
  });

  it('redacts credentials wherever a logged object carries them', () => {
    const out = capture();
    createLogger('info', out).info({
      password: 'hunter22hunter22',
      body: { newPassword: 'n3w-secret-pass', refreshToken: 'rt-123' },
      user: { passwordHash: '$2b$10$abc', accessToken: 'eyJhbGci' },
      req: { headers: { authorization: 'Bearer eyJhbGci', cookie: 'sid=1' } },
    });
    const text = JSON.stringify(out.lines[0]);
    for (const secret of ['hunter22', 'n3w-secret', 'rt-123', '$2b$10$', 'eyJhbGci', 'sid=1']) {
      expect(text).not.toContain(secret);
    }
    expect(out.lines[0]).toMatchObject({ password: '[redacted]', body: { refreshToken: '[redacted]' } });
  });
});

describe(wantsPrettyLogs.name, () => {
  it.each([
    ['development', true, true],
    [undefined, true, true],
    ['test', true, true],
    ['production', true, false],
    ['development', false, false],
    ['development', undefined, false],
    ['production', false, false],
  ])('with NODE_ENV=%s and stdout a terminal: %s, chooses pretty: %s', (nodeEnv, isTTY, pretty) => {
    expect(wantsPrettyLogs(nodeEnv, isTTY)).toBe(pretty);
  });

  it('gives readable lines when chosen, still without secrets, and JSON lines otherwise', async () => {
    const written = (pretty: boolean) => {
      const chunks: string[] = [];
      const out = new Writable({
        write(chunk, _encoding, done) {
          chunks.push(String(chunk));
          done();
        },
      });
      createLogger('info', out, pretty).info({ route: '/api/tasks', password: 'hunter22hunter22' }, 'hello');
      return chunks;
    };
    const pretty = written(true).join('');
    expect(pretty).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: hello\n/);
    expect(pretty).toContain('route: "/api/tasks"');
    expect(pretty).not.toContain('hunter22');
    expect(() => JSON.parse(pretty)).toThrow();
    expect(JSON.parse(written(false).join(''))).toMatchObject({ level: 'info', msg: 'hello', password: '[redacted]' });
  });
});
