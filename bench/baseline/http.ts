/**
 * The per-request chores the API's HTTP layer does around every route, by hand: a request id
 * echoed in X-Request-Id, one JSON log line per request written asynchronously to stdout, a
 * request deadline, a per-client request counter, the security headers, problem+json errors.
 */
import { randomUUID } from 'node:crypto';
import { write } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';

export const BODY_LIMIT = 100 * 1024;
const DEADLINE_MS = 2000 + 5000 + 1000;
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const CONTENT_SECURITY_POLICY =
  "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';" +
  "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';" +
  "connect-src 'self'";

/** The headers the API sends on every JSON answer (security headers, CORS exposure, no-store). */
const COMMON_HEADERS = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=31536000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
  ['vary', 'Origin'],
  ['access-control-expose-headers', 'Location, Retry-After, WWW-Authenticate, X-Request-Id'],
  ['cache-control', 'no-store'],
].flat();

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly slug: string,
    readonly errors?: { field: string; message: string }[],
  ) {
    super(title);
  }
}

export const unauthorized = () => new HttpError(401, 'Unauthorized', 'unauthorized');
export const notFound = () => new HttpError(404, 'Not Found', 'not-found');
export const invalid = (field: string, message: string) =>
  new HttpError(422, 'Unprocessable Content', 'validation', [{ field, message }]);

/** Lines are queued and written by one asynchronous write at a time, as the API's logger does. */
class LogWriter {
  private queued: string[] = [];
  private writing = false;

  write(line: string): void {
    this.queued.push(line);
    if (!this.writing) this.flush();
  }

  private flush(): void {
    const chunk = this.queued.join('');
    this.queued = [];
    this.writing = true;
    write(1, chunk, () => {
      this.writing = false;
      if (this.queued.length) this.flush();
    });
  }
}

const log = new LogWriter();
const base = `"pid":${process.pid},"hostname":${JSON.stringify(hostname())}`;
const counters = new Map<string, { hits: number; resetAt: number }>();
// As the API's rate limit, "count/window" (the bench sets one no run reaches); its X-RateLimit-* headers too.
const RATE_LIMIT = Number((process.env.RATE_LIMIT_API ?? '100/1m').split('/')[0]);
const RATE_WINDOW_MS = 60_000;

/** One request and its answer, with what the API's hooks keep for it. */
export class Exchange {
  readonly id: string;
  route = '';
  private readonly started = performance.now();
  private readonly deadline: NodeJS.Timeout;
  private readonly counter: { hits: number; resetAt: number };

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {
    const header = req.headers['x-request-id'];
    this.id = typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
    this.deadline = setTimeout(() => {
      if (!res.headersSent) this.fail(new HttpError(503, 'Service Unavailable', 'unavailable'));
    }, DEADLINE_MS);
    const client = req.socket.remoteAddress ?? '';
    const now = Date.now();
    let counter = counters.get(client);
    if (!counter || counter.resetAt <= now)
      counters.set(client, (counter = { hits: 0, resetAt: now + RATE_WINDOW_MS }));
    counter.hits++;
    this.counter = counter;
    res.once('finish', () => this.finished());
  }

  send(status: number, body: unknown, extra: string[] = []): void {
    const json = JSON.stringify(body);
    this.res.writeHead(status, [
      ...COMMON_HEADERS,
      ...extra,
      'x-ratelimit-limit',
      String(RATE_LIMIT),
      'x-ratelimit-remaining',
      String(Math.max(0, RATE_LIMIT - this.counter.hits)),
      'x-ratelimit-reset',
      String(Math.ceil((this.counter.resetAt - Date.now()) / 1000)),
      'x-request-id',
      this.id,
      'content-type',
      status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
      'content-length',
      String(Buffer.byteLength(json)),
    ]);
    this.res.end(json);
  }

  /** An answer without a body (a 304): the same headers, no content type or length. */
  sendEmpty(status: number, extra: string[] = []): void {
    this.res.writeHead(status, [
      ...COMMON_HEADERS,
      ...extra,
      'x-ratelimit-limit',
      String(RATE_LIMIT),
      'x-ratelimit-remaining',
      String(Math.max(0, RATE_LIMIT - this.counter.hits)),
      'x-ratelimit-reset',
      String(Math.ceil((this.counter.resetAt - Date.now()) / 1000)),
      'x-request-id',
      this.id,
    ]);
    this.res.end();
  }

  fail(error: unknown): void {
    const e = error instanceof HttpError ? error : new HttpError(500, 'Internal Server Error', 'internal');
    if (!(error instanceof HttpError)) console.error(error);
    if (this.res.headersSent) return;
    const body = {
      type: `urn:todo-api:problem:${e.slug}`,
      title: e.title,
      status: e.status,
      detail: e.status === 422 ? 'The request did not pass validation.' : e.title,
      ...(e.errors ? { errors: e.errors } : {}),
    };
    this.send(e.status, body, e.status === 401 ? ['www-authenticate', 'Bearer'] : []);
  }

  readJson(): Promise<unknown> {
    const { req } = this;
    return new Promise((resolve, reject) => {
      const type = req.headers['content-type'] ?? '';
      if (!type.startsWith('application/json')) {
        req.resume();
        if (req.headers['content-length'] === undefined || req.headers['content-length'] === '0') resolve(undefined);
        else reject(new HttpError(415, 'Unsupported Media Type', 'unsupported-media-type'));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > BODY_LIMIT) {
          reject(new HttpError(413, 'Payload Too Large', 'payload-too-large'));
          req.destroy();
        } else chunks.push(chunk);
      });
      req.on('end', () => {
        if (size === 0) return resolve(undefined);
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          reject(new HttpError(400, 'Bad Request', 'bad-request'));
        }
      });
      req.on('error', reject);
    });
  }

  private finished(): void {
    clearTimeout(this.deadline);
    const status = this.res.statusCode;
    const line = {
      method: this.req.method,
      route: this.route,
      path: (this.req.url ?? '').split('?', 1)[0],
      status,
      durationMs: Math.round((performance.now() - this.started) * 10) / 10,
    };
    const level = status >= 500 ? 'error' : 'info';
    const msg = status >= 500 ? 'request failed' : 'request completed';
    log.write(
      `{"level":"${level}","time":"${new Date().toISOString()}",${base},"reqId":${JSON.stringify(this.id)},` +
        `${JSON.stringify(line).slice(1, -1)},"msg":"${msg}"}\n`,
    );
  }
}
