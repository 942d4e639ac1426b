import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { IncomingMessage, Server } from 'node:http';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import type { AppConfig } from './config/app-config';
import { ShutdownState } from './health/shutdown-state';
import { registerHttpLogging } from './logging/http-logging';
import { createLogger } from './logging/logger';
import { PinoNestLogger } from './logging/nest-logger';
import { requestIdFrom, REQUEST_ID_HEADER } from './logging/request-id';
import { registerRequestDeadline } from './http/request-deadline';
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
 * Logs are JSON lines on stdout, or on `logDestination`; `false` silences them.
 */
export async function createApp(
  config: AppConfig,
  logDestination?: DestinationStream | false,
): Promise<NestFastifyApplication> {
  const log = createLogger(logDestination === false ? 'silent' : config.logLevel, logDestination || undefined);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    loggerInstance: log,
    // One line per request is written by registerHttpLogging, with the route's pattern.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    // registerShutdownGate answers in problem+json from the moment the signal arrives.
    return503OnClosing: false,
    // Idle keep-alive sockets would hold the server open until they time out.
    forceCloseConnections: 'idle',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(log),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  registerHttpLogging(fastify);
  registerRequestDeadline(fastify, requestTimeoutMs(config));
  registerShutdownGate(fastify, app.get(ShutdownState));

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableCors({
    origin: config.corsOrigins,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
    exposedHeaders: ['Location', 'Retry-After', 'WWW-Authenticate', 'X-Request-Id'],
    maxAge: 600,
  });
  await app.register(helmet, {
    // Swagger UI's page runs its own bundled script and styles from the same origin.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
  setupOpenApi(app);
  return app;
}

/**
 * Readiness fails and new requests get 503 at once; the server stops accepting connections and
 * closes idle keep-alive sockets; requests in flight finish (each is bounded by the request
 * timeout, and `drainTimeoutMs` cuts whatever is left); then the pool is closed.
 */
export async function shutDownGracefully(app: NestFastifyApplication, drainTimeoutMs: number): Promise<void> {
  app.get(ShutdownState).begin();
  const server = app.getHttpServer() as Server;
  const cut = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
  try {
    // Before the application's own teardown, so nothing a request in flight uses is closed under it.
    await app.getHttpAdapter().close();
    await app.close();
  } finally {
    clearTimeout(cut);
  }
}
