import { Injectable } from '@nestjs/common';

/**
 * Set the moment a shutdown signal arrives, before the server stops: readiness then fails and
 * new requests are turned away, so a load balancer moves traffic off this instance first.
 */
@Injectable()
export class ShutdownState {
  private draining = false;

  get shuttingDown(): boolean {
    return this.draining;
  }

  begin(): void {
    this.draining = true;
  }
}
