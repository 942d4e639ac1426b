import { Client } from 'pg';

/** A direct connection to the run's database, to look at rows the API never shows. */
export async function connectDb(): Promise<Client> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  return client;
}
