import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDelivery {
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** What the receiver does with a delivery: answer a status (after a wait, if given), or never answer. */
export type Answer = { status: number; delayMs?: number } | 'hang';

/**
 * A webhook receiver on the loopback interface: it records every delivery and answers as `answer`
 * says for the nth one (0-based), so a test can make it fail, succeed, be slow or never answer.
 */
export class WebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  answer: (n: number, delivery: ReceivedDelivery) => Answer = () => ({ status: 204 });
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(host = '127.0.0.1', path = '/hook'): string {
    return `http://${host}:${this.port}${path}`;
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = String(value);
    const delivery = { headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
    const answer = this.answer(this.received.length, delivery);
    this.received.push(delivery);
    if (answer === 'hang') {
      this.open.add(res);
      return;
    }
    if (answer.delayMs) {
      this.open.add(res);
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      this.open.delete(res);
    }
    if (!res.destroyed) res.writeHead(answer.status).end();
  }
}
