/**
 * What logins can reach at best: bare bcrypt.compare at the servers' cost and concurrency, for
 * as long as a round, in a process of its own on the same cores. No HTTP, no SQL, no tokens.
 */
import * as bcrypt from 'bcrypt';

export interface BcryptJob {
  cost: number;
  concurrency: number;
  seconds: number;
}

export interface BcryptResult {
  compares: number;
  seconds: number;
  perSecond: number;
}

export async function runBcrypt(job: BcryptJob): Promise<BcryptResult> {
  const password = 'bench-password-1234';
  const hash = await bcrypt.hash(password, job.cost);
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  let compares = 0;
  const lane = async () => {
    while (performance.now() < deadline) {
      if (!(await bcrypt.compare(password, hash))) throw new Error('bcrypt.compare refused its own hash');
      compares++;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  return { compares, seconds, perSecond: compares / seconds };
}

if (require.main === module) {
  process.once('message', (job: BcryptJob) => {
    runBcrypt(job).then(
      (result) => process.send?.({ result }, () => process.exit(0)),
      (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
    );
  });
}
