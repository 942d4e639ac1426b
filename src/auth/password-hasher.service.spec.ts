import { loadConfig, type AppConfig } from '../config/app-config';
import { PasswordHasher } from './password-hasher.service';

// The real bcrypt, wrapped only to count how many of its calls run at once.
const running = { now: 0, max: 0 };
jest.mock('bcrypt', () => {
  const real = jest.requireActual<typeof import('bcrypt')>('bcrypt');
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      running.now++;
      running.max = Math.max(running.max, running.now);
      try {
        return await fn(...args);
      } finally {
        running.now--;
      }
    };
  return { ...real, hash: counted(real.hash), compare: counted(real.compare) };
});

function config(concurrency: number): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'x'.repeat(32),
    BCRYPT_COST: '10',
    BCRYPT_CONCURRENCY: String(concurrency),
    DATA_DIR: '/nonexistent',
  });
}

describe(PasswordHasher.name, () => {
  beforeEach(() => {
    running.max = 0;
  });

  it.each([1, 2, 3])('runs at most %i bcrypt jobs at once, however many are asked for', async (limit) => {
    const hasher = new PasswordHasher(config(limit));
    const hash = await hasher.hash('correct horse battery staple');
    running.max = 0;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => hasher.verify(i % 2 ? 'correct horse battery staple' : 'wrong', hash)),
    );
    expect(results).toEqual([false, true, false, true, false, true, false, true]);
    expect(running.max).toBe(limit);
  });

  it('compares against a real hash when the user is unknown, and says no', async () => {
    const hasher = new PasswordHasher(config(2));
    running.max = 0;
    expect(await hasher.verify('not-a-real-password-0123456789', undefined)).toBe(false);
    expect(running.max).toBe(1);
  });

  it('says no for an account without a password, even to the dummy hash’s own password', async () => {
    const hasher = new PasswordHasher(config(2));
    running.max = 0;
    expect(await hasher.verify('not-a-real-password-0123456789', null)).toBe(false);
    expect(running.max).toBe(1);
  });

  it('refuses a candidate longer than 72 bytes that bcrypt would cut to a match', async () => {
    const hasher = new PasswordHasher(config(2));
    const password = 'a'.repeat(72);
    const hash = await hasher.hash(password);
    expect(await hasher.verify(password, hash)).toBe(true);
    expect(await hasher.verify(password + 'b', hash)).toBe(false);
  });

  it('uses the configured cost, never below 10', async () => {
    expect(await new PasswordHasher(config(1)).hash('correct horse battery staple')).toMatch(/^\$2b\$10\$/);
    expect(() => loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), BCRYPT_COST: '9' })).toThrow(/BCRYPT_COST/);
  });
});
