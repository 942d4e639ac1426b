import { redactRedisUrl } from './redis-url';

describe(redactRedisUrl.name, () => {
  it('hides the password and keeps the rest', () => {
    expect(redactRedisUrl('redis://app:s3cret@cache.internal:6380/2')).toBe('redis://app:***@cache.internal:6380/2');
    expect(redactRedisUrl('rediss://:s3cret@cache.internal')).toBe('rediss://:***@cache.internal');
  });

  it('leaves a URL without a password as it is', () => {
    expect(redactRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('never echoes a URL it cannot parse, which could hold a password', () => {
    expect(redactRedisUrl('redis://:pw@host:port')).not.toContain('pw');
  });
});
