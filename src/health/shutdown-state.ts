import { Injectable } from '@nestjs/common';

/**
 * Set the moment a shutdown signal arrives, before the server stops: readiness then fails and
 * new requests are turned away, so a load balancer moves traffic off this instance first.
 */
@Injectable()
export class ShutdownState {
  private draining = false;
  private readonly listeners = new Set<() => void>();

  get shuttingDown(): boolean {
    return this.draining;
  }

  begin(): void {
    if (this.draining) return;
    this.draining = true;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` when the shutdown begins (what holds a connection open, a live stream, lets go). */
  onBegin(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
