import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { IncomingMessage, Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { RESOURCE_METADATA_PATH } from './auth/resource-metadata';
import { createValidationPipe } from './common/validation';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import type { AppConfig } from './config/app-config';
import { ShutdownState } from './health/shutdown-state';
import { registerHttpLogging } from './logging/http-logging';
import { createLogger, wantsPrettyLogs } from './logging/logger';
import { PinoNestLogger } from './logging/nest-logger';
import { requestIdFrom, REQUEST_ID_HEADER } from './logging/request-id';
import { acceptEmptyJsonBodies } from './http/json-body';
import { registerRequestDeadline } from './http/request-deadline';
import { registerSecurityHeaders } from './http/security-headers';
import { registerShutdownGate } from './http/shutdown-gate';
import { setupOpenApi } from './openapi';

export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Every request is answered within this time, 503 at worst, whatever it waits on: the pool's
 * connect timeout plus a statement's timeout, and a second for the rest of the work.
 */
export function requestTimeoutMs(config: AppConfig): number {
  return config.dbConnectTimeoutMs + config.dbStatementTimeoutMs + 1000;
}

/**
 * Builds the configured application without listening, for main.ts and the e2e tests alike.
 * Logs are JSON lines on stdout (pretty at a terminal outside production), or on `logDestination`;
 * `false` silences them.
 */
export async function createApp(
  config: AppConfig,
  logDestination?: DestinationStream | false,
): Promise<NestFastifyApplication> {
  const toStdout = logDestination === undefined;
  const log = createLogger(
    logDestination === false ? 'silent' : config.logLevel,
    logDestination || undefined,
    toStdout && wantsPrettyLogs(config.env, process.stdout.isTTY),
  );
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    loggerInstance: log,
    // One line per request is written by registerHttpLogging, with the route's pattern.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    // Requests still arriving on open connections after the signal are served (see shutDownGracefully).
    return503OnClosing: false,
    trustProxy: config.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(log),
    bufferLogs: false,
    // Nest's default parsers would also read form posts, which browsers send cross-origin without a
    // preflight; JSON is the only body the API takes (acceptEmptyJsonBodies installs its parser).
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  registerHttpLogging(fastify);
  registerRequestDeadline(fastify, requestTimeoutMs(config));
  registerShutdownGate(fastify, app.get(ShutdownState));

  // RFC 9728 fixes where the MCP server's protected resource metadata lives: at the root.
  app.setGlobalPrefix('api', { exclude: [{ path: RESOURCE_METADATA_PATH, method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableCors({
    origin: config.corsOrigins,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'X-Request-Id',
      'Idempotency-Key',
      'If-Match',
      'If-None-Match',
      'Last-Event-ID',
    ],
    exposedHeaders: ['Location', 'Retry-After', 'WWW-Authenticate', 'X-Request-Id', 'ETag', 'Idempotent-Replayed'],
    maxAge: 600,
    // An OPTIONS without Origin or Access-Control-Request-Method is answered like a preflight
    // instead of with @fastify/cors's text/plain 400, which is no problem+json.
    strictPreflight: false,
  });
  registerSecurityHeaders(fastify);
  // JSON only: a text/plain body would otherwise reach the validators as a string.
  fastify.removeContentTypeParser('text/plain');
  acceptEmptyJsonBodies(app, BODY_LIMIT_BYTES);
  setupOpenApi(app);
  return app;
}

// How long an idle keep-alive connection may still bring one last request after the signal.
const IDLE_GRACE_MS = 1000;

/**
 * Readiness fails at once and the server stops accepting connections. Requests in flight finish,
 * and so does one last request on each keep-alive connection during a short grace, each answered
 * with `Connection: close`; then idle connections are closed, and once every connection has ended
 * (`drainTimeoutMs` after the signal at most, when whatever is left is cut), the pool is closed.
 */
export async function shutDownGracefully(app: NestFastifyApplication, drainTimeoutMs: number): Promise<void> {
  app.get(ShutdownState).begin();
  const server = app.getHttpServer() as Server;
  const cut = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
  try {
    // net.Server's close stops accepting and calls back once every connection has ended. The
    // http.Server's own close would also drop idle keep-alive connections at once, racing a
    // request a proxy is just sending on one: the proxy then answers 502, and cannot resend a POST.
    const drained = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    const graceEnds = Date.now() + IDLE_GRACE_MS;
    while (Date.now() < graceEnds && (await openConnections(server)) > 0) await sleep(50);
    server.closeIdleConnections();
    await drained;
    // Fastify's close finds the listener closed, then the application's own teardown closes the pool.
    await app.close();
  } finally {
    clearTimeout(cut);
  }
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
