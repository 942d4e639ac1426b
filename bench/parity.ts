import type { StatementLog } from './database';
import type { ParityCheck } from './report';
import { EXPECTED_STATUS, requestMaker, type BenchRequest, type CompleteRoute, type RequestKind } from './scenarios';
import type { Fixtures } from './seed';

interface Reply {
  status: number;
  headers: string[];
  body: unknown;
}

/** Values that differ between any two answers (fresh ids, clocks, tokens); only their type must match. */
const VOLATILE: Record<RequestKind, string[]> = {
  list: [],
  get: [],
  'get-304': [],
  create: ['id', 'createdAt', 'updatedAt'],
  'create-keyed': ['id', 'createdAt', 'updatedAt'],
  // The reset between the two servers' requests reopens the task, which counts as a version.
  complete: ['updatedAt', 'completedAt', 'version'],
  login: ['accessToken', 'refreshToken'],
};
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length']);

export async function send(baseUrl: string, request: BenchRequest): Promise<Reply> {
  const res = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // kept as text
  }
  const headers = [...res.headers.keys()].filter((h) => !TRANSPORT_HEADERS.has(h)).sort();
  return { status: res.status, headers, body };
}

function mask(value: unknown, volatile: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => mask(v, volatile));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      volatile.includes(k) ? `<${v === null ? 'null' : typeof v}>` : mask(v, volatile),
    ]),
  );
}

// The servers name themselves to PostgreSQL; anything else in the log (the harness's resets) is left out.
const APPLICATIONS = new Set(['todo-api', 'todo-bench-baseline']);

/**
 * Sends the same first request of each kind to both servers and compares what came back (status,
 * header names, JSON with fresh values masked) and, on the embedded server, the SQL each sent.
 * A status other than the expected one means the harness itself is broken, and throws.
 */
export async function checkParity(options: {
  apiUrl: string;
  baselineUrl: string;
  fixtures: Fixtures;
  completeRoute: CompleteRoute;
  statementLog: StatementLog | undefined;
  reset: () => Promise<void>;
}): Promise<ParityCheck[]> {
  const { statementLog } = options;
  await statementLog?.start();
  const checks: ParityCheck[] = [];
  try {
    for (const kind of ['list', 'get', 'get-304', 'create', 'create-keyed', 'complete', 'login'] as const) {
      const replies: Reply[] = [];
      const statements: string[][] = [];
      for (const server of ['api', 'baseline'] as const) {
        await options.reset();
        const request = requestMaker(kind, options.fixtures, options.completeRoute, () => 0)(0);
        statementLog?.take();
        const reply = await send(server === 'api' ? options.apiUrl : options.baselineUrl, request);
        if (reply.status !== EXPECTED_STATUS[kind]) {
          throw new Error(
            `${server} answered ${request.method} ${request.path} with ${reply.status}, not ${EXPECTED_STATUS[kind]}: ${JSON.stringify(reply.body)}`,
          );
        }
        replies.push(reply);
        if (statementLog) {
          // The log reaches us through the server's stderr pipe, a moment after the answer.
          await new Promise((resolve) => setTimeout(resolve, 250));
          statements.push(
            statementLog
              .take()
              .filter((s) => APPLICATIONS.has(s.application))
              .map((s) => s.sql),
          );
        }
      }
      const [api, base] = replies;
      const notes: string[] = [];
      const json = JSON.stringify(mask(api.body, VOLATILE[kind])) === JSON.stringify(mask(base.body, VOLATILE[kind]));
      if (!json) notes.push(`API JSON ${JSON.stringify(mask(api.body, VOLATILE[kind])).slice(0, 300)}`);
      const headers = api.headers.join() === base.headers.join();
      if (!headers) notes.push(`API headers ${api.headers.join(', ')}; baseline ${base.headers.join(', ')}`);
      let sql: ParityCheck['sql'] = 'not checked';
      if (statementLog) {
        const [apiSql, baseSql] = statements;
        const at = apiSql.findIndex((statement, i) => statement !== baseSql[i]);
        sql = at < 0 && apiSql.length === baseSql.length ? 'same' : 'differs';
        const cut = (text: string | undefined) => (text === undefined ? 'nothing' : text.slice(0, 160));
        if (sql === 'same') notes.push(`${apiSql.length} statements`);
        else {
          const i = at < 0 ? Math.min(apiSql.length, baseSql.length) : at;
          notes.push(
            `statement ${i + 1} of ${apiSql.length} (baseline ${baseSql.length}): API sent ${cut(apiSql[i])}; baseline ${cut(baseSql[i])}`,
          );
        }
      }
      checks.push({ kind, sql, json: json ? 'same' : 'differs', headers: headers ? 'same' : 'differs', notes });
    }
  } finally {
    await statementLog?.stop();
    await options.reset();
  }
  return checks;
}
