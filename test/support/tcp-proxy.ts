import { createServer, connect, type Server, type Socket } from 'node:net';

type Mode = 'open' | 'down' | 'hung';

interface Pair {
  client: Socket;
  upstream?: Socket;
  /** Bytes held back while hung, in order, per direction. */
  toUpstream: Buffer[];
  toClient: Buffer[];
}

/**
 * A TCP proxy in front of a PostgreSQL server that a test can take down (every connection cut,
 * new ones reset) or hang (connections accepted, nothing forwarded either way, as when the
 * server process is stopped), then restore. The server itself, which may be shared, is untouched.
 */
export class TcpProxy {
  private mode: Mode = 'open';
  private readonly pairs = new Set<Pair>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('proxy has no port');
    const proxy = new TcpProxy(server, address.port, target);
    server.on('connection', (socket) => proxy.accept(socket));
    return proxy;
  }

  /** The same URL, with the proxy's host and port. */
  rewrite(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  down(): void {
    this.mode = 'down';
    for (const pair of this.pairs) this.drop(pair);
  }

  hang(): void {
    this.mode = 'hung';
  }

  restore(): void {
    const wasHung = this.mode === 'hung';
    this.mode = 'open';
    if (!wasHung) return;
    for (const pair of this.pairs) {
      if (!pair.upstream) this.connectUpstream(pair);
      this.flush(pair);
    }
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) this.drop(pair);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.mode === 'down') {
      client.resetAndDestroy();
      return;
    }
    const pair: Pair = { client, toUpstream: [], toClient: [] };
    this.pairs.add(pair);
    client.on('data', (chunk) => {
      pair.toUpstream.push(chunk);
      this.flush(pair);
    });
    client.on('error', () => this.drop(pair));
    client.on('close', () => this.drop(pair));
    if (this.mode === 'open') this.connectUpstream(pair);
  }

  private connectUpstream(pair: Pair): void {
    const upstream = connect(this.target.port, this.target.host);
    pair.upstream = upstream;
    upstream.on('connect', () => this.flush(pair));
    upstream.on('data', (chunk) => {
      pair.toClient.push(chunk);
      this.flush(pair);
    });
    upstream.on('error', () => this.drop(pair));
    upstream.on('close', () => this.drop(pair));
  }

  private flush(pair: Pair): void {
    if (this.mode !== 'open') return;
    const upstream = pair.upstream;
    if (upstream && !upstream.connecting && !upstream.destroyed) {
      for (const chunk of pair.toUpstream.splice(0)) upstream.write(chunk);
    }
    if (!pair.client.destroyed) for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
  }

  private drop(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.resetAndDestroy();
    pair.upstream?.resetAndDestroy();
  }
}
