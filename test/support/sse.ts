import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { until } from './wait';

export interface SseEvent {
  id?: string;
  event: string;
  data: unknown;
}

/**
 * A Server-Sent Events client over a real socket (in-process injection waits for the end of an
 * answer, which a stream never reaches): the events and comments it has read so far, and its end.
 */
export class SseClient {
  readonly events: SseEvent[] = [];
  comments = 0;
  retry: number | undefined;
  ended = false;
  private buffer = '';

  private constructor(
    readonly status: number,
    readonly headers: IncomingMessage['headers'],
    readonly body: string,
    private readonly response: IncomingMessage,
  ) {}

  /** Opens `path` on `base` (an app's URL); a non-200 answer is read whole into `body`. */
  static open(base: string, path: string, headers: Record<string, string> = {}): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(new URL(path, base), { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
        res.setEncoding('utf8');
        if (res.statusCode !== 200) {
          let body = '';
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve(new SseClient(res.statusCode!, res.headers, body, res)));
          return;
        }
        const client = new SseClient(200, res.headers, '', res);
        res.on('data', (chunk: string) => client.receive(chunk));
        res.on('close', () => (client.ended = true));
        resolve(client);
      });
      req.on('error', reject);
      req.end();
    });
  }

  get problem(): Record<string, unknown> {
    return JSON.parse(this.body) as Record<string, unknown>;
  }

  ofType(type: string): SseEvent[] {
    return this.events.filter((event) => event.event === type);
  }

  async waitForEvents(count: number, what = `${count} events`): Promise<SseEvent[]> {
    await until(() => this.events.length >= count || this.ended, { what });
    if (this.events.length < count) throw new Error(`the stream ended after ${this.events.length} events`);
    return this.events;
  }

  waitForEnd(timeoutMs?: number): Promise<void> {
    return until(() => this.ended, { what: 'the end of the stream', timeoutMs });
  }

  close(): void {
    this.response.destroy();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments += 1;
        const at = line.indexOf(': ');
        if (at > 0) fields[line.slice(0, at)] = line.slice(at + 2);
      }
      if (fields.retry !== undefined) this.retry = Number(fields.retry);
      if (fields.event !== undefined || fields.data !== undefined) {
        this.events.push({ id: fields.id, event: fields.event ?? 'message', data: JSON.parse(fields.data ?? 'null') });
      }
    }
  }
}

/** Starts the app on a free loopback port; answers its base URL. */
export async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
