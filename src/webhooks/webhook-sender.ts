import { Inject, Injectable } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AddressRefused, pin, WebhookAddressGuard } from './webhook-address';

/** What a receiver answered: its status, or why there was none. */
export interface SendResult {
  status: number | null;
  error: string | null;
}

export const isSuccess = (result: SendResult) => result.status !== null && result.status >= 200 && result.status < 300;

/**
 * One POST to a receiver, on node's http(s) client so the connection goes to the address the guard
 * has just checked (`lookup` pinned) while TLS still verifies the certificate for the URL's name.
 * No redirect is followed (a 3xx is a failure), no connection is kept, and the answer's body is
 * not read.
 */
@Injectable()
export class WebhookSender {
  constructor(
    private readonly guard: WebhookAddressGuard,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(url: string, headers: Record<string, string>, body: string, stop: AbortSignal): Promise<SendResult> {
    const target = new URL(url);
    let resolved;
    try {
      resolved = await this.guard.check(target);
    } catch (error) {
      if (error instanceof AddressRefused) return { status: null, error: error.message };
      throw error;
    }
    if (!resolved) return { status: null, error: `url's host ${target.hostname} does not resolve` };
    const timeout = AbortSignal.timeout(this.config.webhooks.timeoutMs);
    const signal = AbortSignal.any([stop, timeout]);
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<SendResult>((resolve) => {
      const req = request(
        target,
        {
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            'user-agent': 'todo-api-webhooks/1',
          },
          lookup: pin(resolved),
          agent: false,
          signal,
        },
        (res) => {
          resolve({ status: res.statusCode ?? null, error: null });
          res.destroy();
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        const reason = timeout.aborted
          ? `no answer within ${this.config.webhooks.timeoutMs / 1000} s`
          : stop.aborted
            ? 'stopped'
            : `connection failed (${error.code ?? error.message})`;
        resolve({ status: null, error: reason });
      });
      req.end(body);
    });
  }
}
