import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';

describe('entities and migrations', () => {
  let db: DataSource;
  beforeAll(async () => {
    // The run's database, freshly migrated by the global setup.
    db = await new DataSource(dataSourceOptions({ url: process.env.TEST_DATABASE_URL!, poolSize: 1 })).initialize();
  });
  afterAll(() => db.destroy());

  it('describe the same schema: TypeORM finds nothing to change on a migrated database', async () => {
    // What `migration:generate` would write; empty means the entities say everything the migrations did.
    const { upQueries } = await db.driver.createSchemaBuilder().log();
    expect(upQueries.map((query) => query.query)).toEqual([]);
  });
});
