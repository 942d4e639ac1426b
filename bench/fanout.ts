import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/app-config';

/**
 * Live-event fan-out on one instance: N open streams of one user (the per-user limit raised to N),
 * one write, and the time until every stream has its event; then the server's memory per open
 * stream. The streams are read by a child process, so the server's figures are its own.
 *   npm run bench:fanout -- --database-url postgres://postgres@127.0.0.1:5432/postgres [--streams 1000] [--writes 5]
 * It makes a throw-away database on that server and drops it at the end.
 */
const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    streams: { type: 'string', default: '1000' },
    writes: { type: 'string', default: '5' },
    client: { type: 'string' },
  },
});
const STREAMS = Number(values.streams);

type FromClient = { opened: number } | { event: string; at: number[] } | { error: string };

/** The child: opens the streams, says when all are open, then when each has each event. */
async function runClient(url: string, token: string): Promise<void> {
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const arrivals = new Map<string, number[]>();
  let opened = 0;
  const send = (message: FromClient) => process.send!(message);
  for (let i = 0; i < STREAMS; i++) {
    const req = request(
      `${url}/api/events`,
      { agent, headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` } },
      (res) => {
        if (res.statusCode !== 200) return send({ error: `stream ${i}: status ${res.statusCode}` });
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          const at = Date.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith('retry:') && ++opened === STREAMS) send({ opened });
            const id = /^id: (.+)$/m.exec(block)?.[1];
            if (!id) continue;
            const list = arrivals.get(id) ?? [];
            list.push(at);
            arrivals.set(id, list);
            if (list.length === STREAMS) send({ event: id, at: list });
          }
        });
      },
    );
    req.on('error', (error) => send({ error: error.message }));
    req.end();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function settle(): void {
  // Run with --expose-gc so that the memory figures are of live objects, not of garbage not yet collected.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) for (let i = 0; i < 3; i++) gc();
}

async function main(): Promise<void> {
  const serverUrl = values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('give --database-url (a PostgreSQL server the bench may create a database on)');
  const name = `todo_fanout_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(48).toString('base64'),
      BCRYPT_COST: '10',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_API: '1000000000/1m',
      RATE_LIMIT_REGISTER: '1000000000/1m',
      EVENTS_MAX_STREAMS_PER_USER: String(STREAMS),
    }),
    false,
  );
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const child = fork(__filename, ['--client', url, '--streams', String(STREAMS)], {
    execArgv: ['-r', '@swc-node/register'],
  });
  try {
    const registered = await fetch(`${url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `fanout-${randomUUID()}@example.com`, password: `pw-${randomUUID()}` }),
    });
    const { accessToken } = (await registered.json()) as { accessToken: string };
    const messages: FromClient[] = [];
    let wake: () => void = () => undefined;
    child.on('message', (message: FromClient) => {
      messages.push(message);
      wake();
    });
    const next = async <T extends FromClient>(test: (m: FromClient) => m is T): Promise<T> => {
      for (;;) {
        const found = messages.find(test);
        if (found) {
          messages.splice(messages.indexOf(found), 1);
          return found;
        }
        const error = messages.find((m) => 'error' in m);
        if (error) throw new Error((error as { error: string }).error);
        await new Promise<void>((resolve) => (wake = resolve));
      }
    };

    settle();
    const before = process.memoryUsage();
    child.send({ token: accessToken });
    const opening = Date.now();
    await next((m): m is { opened: number } => 'opened' in m);
    const openMs = Date.now() - opening;
    settle();
    const after = process.memoryUsage();

    const latencies: number[] = [];
    const rounds: string[] = [];
    for (let i = 0; i < Number(values.writes); i++) {
      const sent = Date.now();
      const res = await fetch(`${url}/api/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `fan-out ${i}` }),
      });
      if (res.status !== 201) throw new Error(`write ${i}: ${res.status}`);
      const { at } = await next((m): m is { event: string; at: number[] } => 'event' in m);
      const round = at.map((t) => t - sent).sort((x, y) => x - y);
      latencies.push(...round);
      rounds.push(`${percentile(round, 50)}/${percentile(round, 99)}/${round[round.length - 1]}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    latencies.sort((x, y) => x - y);
    const perStream = (field: 'rss' | 'heapUsed') => ((after[field] - before[field]) / STREAMS / 1024).toFixed(1);
    console.log(`streams: ${STREAMS} of one user on one instance, all open in ${openMs} ms`);
    console.log(`writes: ${values.writes}; per write p50/p99/max ms: ${rounds.join(', ')}`);
    console.log(
      `write → every stream has it: p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, ` +
        `max ${latencies[latencies.length - 1]} ms`,
    );
    console.log(
      `server memory: rss ${mb(before.rss)} → ${mb(after.rss)} MB (${perStream('rss')} KB per stream), ` +
        `heap used ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB (${perStream('heapUsed')} KB per stream)`,
    );
  } finally {
    child.kill();
    await app.close();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (values.client) {
  process.once('message', (message: { token: string }) => void runClient(values.client!, message.token));
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
