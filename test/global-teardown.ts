import type { TestDatabase } from './support/test-database';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __TEST_DATABASE__?: TestDatabase }).__TEST_DATABASE__?.drop();
}
