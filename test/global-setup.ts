import { randomBytes } from 'node:crypto';
import { checkRedis } from './support/services';
import { createTestDatabase } from './support/test-database';

export default async function globalSetup(): Promise<void> {
  const redisSkipped = await checkRedis();
  const database = await createTestDatabase();
  (globalThis as { __TEST_DATABASE__?: unknown }).__TEST_DATABASE__ = database;
  // Workers start after this and inherit the environment.
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_JWT_SECRET = randomBytes(48).toString('base64');
  process.stdout.write(`\ne2e database: ${database.label}\n`);
  for (const line of redisSkipped) process.stdout.write(`${line}\n`);
}
