import { Logger } from '@nestjs/common';
import { createLogger } from './logger';
import { PinoNestLogger } from './nest-logger';
import { runWithRequestLogger } from './request-context';

describe(PinoNestLogger.name, () => {
  const lines: Record<string, unknown>[] = [];
  const root = createLogger('trace', { write: (chunk: string) => void lines.push(JSON.parse(chunk)) });
  beforeAll(() => Logger.overrideLogger(new PinoNestLogger(root)));
  beforeEach(() => (lines.length = 0));

  it("turns Nest's Logger calls into JSON lines with their context", () => {
    new Logger('Auth').warn('login failed');
    new Logger('Auth').verbose('details');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', context: 'Auth', msg: 'login failed' }),
      expect.objectContaining({ level: 'trace', context: 'Auth', msg: 'details' }),
    ]);
  });

  it('keeps the stack of an error apart from its message', () => {
    const error = new Error('boom');
    new Logger('Errors').error('unexpected error', error.stack);
    expect(lines[0]).toMatchObject({ level: 'error', context: 'Errors', msg: 'unexpected error' });
    expect(String(lines[0].stack)).toContain('Error: boom\n    at ');
  });

  it("writes through the request's logger inside a request, so the line carries its id", async () => {
    const requestLog = root.child({ reqId: 'req-7' });
    await new Promise<void>((resolve) =>
      runWithRequestLogger(requestLog, () => {
        setTimeout(() => {
          new Logger('Auth').log('password changed');
          resolve();
        }, 1);
      }),
    );
    new Logger('Auth').log('outside');
    expect(lines[0]).toMatchObject({ reqId: 'req-7', context: 'Auth', msg: 'password changed' });
    expect(lines[1].reqId).toBeUndefined();
  });

  it("writes Nest's own start-up lines at debug, so the info lines of a start are the app's", () => {
    new Logger('InstanceLoader').log('AppModule dependencies initialized');
    new Logger('RouterExplorer').log('Mapped {/api/tasks, GET} route');
    new Logger('Bootstrap').log('database: embedded PostgreSQL');
    new Logger('RouterExplorer').warn('a warning is still a warning');
    expect(lines.map(({ level, context }) => [level, context])).toEqual([
      ['debug', 'InstanceLoader'],
      ['debug', 'RouterExplorer'],
      ['info', 'Bootstrap'],
      ['warn', 'RouterExplorer'],
    ]);
  });
});
