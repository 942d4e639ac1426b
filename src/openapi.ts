import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { documentRefreshGrace } from './auth/openapi-refresh-grace';
import { documentTokenScopes } from './auth/tokens/openapi-token-scopes';
import {
  documentBodyErrors,
  documentServerErrors,
  FieldErrorSchema,
  ProblemSchema,
} from './common/api-problems.decorator';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { documentIdempotency } from './idempotency/openapi-idempotency';
import { documentRequestIds } from './logging/openapi-request-id';
import { documentRateLimits } from './throttling/openapi-rate-limits';

export function buildOpenApiDocument(app: NestFastifyApplication) {
  const config = new DocumentBuilder()
    .setTitle('Todo API')
    .setDescription(
      'Todo backend for single-page apps. Every route but the public ones needs `Authorization: Bearer <accessToken>`; ' +
        'every error is `application/problem+json` with a stable `type`.',
    )
    .setVersion('1.0.0')
    // Relative: the document is served by the API it describes, on whatever host and scheme that is.
    // The API is meant for browsers on the public internet, so it is not an internal one.
    .addServer('/', 'The API serving this document, in any environment (local, staging or production).', undefined, {
      'x-internal': false,
    })
    .addTag('auth', 'Accounts and sessions: sign up, sign in, refresh, sign out, profile, password.')
    .addTag('tasks', "The caller's tasks and tags: list, filter, page, create, edit, complete, delete, count.")
    .addTag('webhooks', 'Your events POSTed to your endpoints as they happen, signed (Standard Webhooks).')
    .addTag('mcp', 'The Model Context Protocol tool server for AI assistants, and how its clients authenticate.')
    .addTag('events', 'Your events as they happen: a Server-Sent Events stream, and tickets for EventSource.')
    .addTag('health', 'Liveness and readiness probes for orchestrators; public.')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'The `accessToken` from sign-in or refresh: a JWS following RFC8725 (HS256 only, issuer, audience and ' +
        'expiry always checked), valid for minutes and only while its session lasts. Or a personal access ' +
        'token (`tdo_…`, from POST /api/auth/tokens) on the operations whose `x-token-scope` it has. Where external sign-in is ' +
        'configured, also a JWT of that sign-in service (a Better Auth server, say) whose `iss` and `aud` are the ' +
        'configured ones: signed by a key of its JWKS (EdDSA, ES256, RS256 or PS256, `kid` required) or, in ' +
        'shared-secret mode, HS256; `exp` and `nbf` checked. Such a token has no session here: it works until it ' +
        'expires, on every route but logout (409) and the password routes (409).',
    })
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemSchema, FieldErrorSchema] });
  const { refreshReuseGraceSeconds } = app.get<AppConfig>(APP_CONFIG);
  // Each step documents what every operation shares, so the later ones cover the responses the earlier add.
  return documentRequestIds(
    documentRateLimits(
      documentServerErrors(
        documentBodyErrors(
          documentTokenScopes(documentIdempotency(documentRefreshGrace(document, refreshReuseGraceSeconds))),
        ),
      ),
    ),
  );
}

/** Swagger UI at /api/docs (the bearer token survives reloads) and the document at /api/docs-json. */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
    customSiteTitle: 'Todo API',
    swaggerOptions: { persistAuthorization: true },
  });
}
