import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { UsersService } from '../src/users/users.service';
import { createTestApp, registerUser } from './support/test-app';

interface SentQuery {
  query: string;
  parameters?: unknown[] | object;
}

/** Runs `work` and answers the statements the app sent to PostgreSQL meanwhile, as TypeORM sent them. */
async function statementsSentBy(db: DataSource, work: () => Promise<unknown>): Promise<SentQuery[]> {
  const sent: SentQuery[] = [];
  const recorder: EntitySubscriberInterface = {
    beforeQuery: (event) => void sent.push({ query: event.query, parameters: event.parameters }),
  };
  db.subscribers.push(recorder);
  try {
    await work();
  } finally {
    db.subscribers.splice(db.subscribers.indexOf(recorder), 1);
  }
  return sent;
}

describe('query plans at scale', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('finds the signing-in user by an index scan of users_email_key among 10,000 users', async () => {
    const user = await registerUser(app);
    const db = app.get(DataSource);
    const [lookup, ...others] = await statementsSentBy(db, () => app.get(UsersService).findByEmail(user.email));
    expect(others).toEqual([]);
    // The 10,000 rows and their statistics are rolled back with the transaction.
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    let plan: string;
    try {
      await runner.query(
        `INSERT INTO users (email, password_hash)
         SELECT 'plan-' || g || '@example.com', 'x' FROM generate_series(1, 10000) AS g`,
      );
      await runner.query('ANALYZE users');
      const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${lookup.query}`, lookup.parameters);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(plan).toMatch(/Index Scan using users_email_key on users/);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
