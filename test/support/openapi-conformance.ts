import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Every answer an e2e test receives is checked against the OpenAPI document the app serves: the
 * operation and its status are declared, required headers are there, headers and bodies match their
 * schemas (nullability included), and no header of the API's own is left undeclared. A typed client
 * generated from the document is only as right as the document, so any drift fails the test that saw it
 * (see openapi-conformance.setup.ts).
 */

type Schema = Record<string, unknown>;
interface Header {
  required?: boolean;
  schema?: Schema;
  $ref?: string;
}
interface Response {
  headers?: Record<string, Header>;
  content?: Record<string, { schema?: Schema }>;
}
interface Document {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { schemas?: Record<string, Schema>; headers?: Record<string, Header> };
}

// Headers every answer may carry whatever the route: transport, caching, CORS and the security set.
const GENERIC_HEADERS = new Set([
  'connection',
  'content-length',
  'content-type',
  'date',
  'keep-alive',
  'transfer-encoding',
  'cache-control',
  'vary',
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'cross-origin-embedder-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'permissions-policy',
]);
const isGeneric = (name: string) => GENERIC_HEADERS.has(name) || name.startsWith('access-control-');

// Routes that serve the document and Swagger UI themselves rather than the API it describes.
const NOT_API = /^\/api\/docs(?:[-/]|$)/;

const violations: string[] = [];

/** The violations seen since the last call, which forgets them. */
export function takeViolations(): string[] {
  return violations.splice(0);
}

/** Adds the check to an app that is not initialised yet; the document is read on the first answer. */
export function checkResponsesAgainstDocument(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  let checker: Promise<Checker> | undefined;
  fastify.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    // No route matched (an unknown path) or a CORS preflight: nothing the document could describe.
    if (!route || request.method === 'OPTIONS' || NOT_API.test(route)) return payload;
    checker ??= readDocument(fastify).then((document) => new Checker(document));
    try {
      const found = (await checker).check(request, reply, payload);
      const where = `${request.method} ${request.url} → ${reply.statusCode}`;
      violations.push(...found.map((problem) => `${where}: ${problem}`));
    } catch (error) {
      violations.push(`the OpenAPI document could not be read: ${(error as Error).message}`);
    }
    return payload;
  });
}

async function readDocument(fastify: FastifyInstance): Promise<Document> {
  const response = await fastify.inject({ method: 'GET', url: '/api/docs-json' });
  if (response.statusCode !== 200) throw new Error(`/api/docs-json answered ${response.statusCode}`);
  return response.json<Document>();
}

class Checker {
  // The document is linted on its own (npm run lint:openapi); checking it against the meta-schema
  // here again would only slow down every app's first answer.
  private readonly ajv = new Ajv({ allErrors: true, strictTypes: false, strictRequired: false, validateSchema: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Document) {
    addFormats(this.ajv);
    this.ajv.addKeyword('example');
    this.ajv.addSchema({ $id: 'openapi.json', $defs: refsToDefs(document.components.schemas ?? {}) });
  }

  check(request: FastifyRequest, reply: FastifyReply, payload: unknown): string[] {
    const path = request.routeOptions.url!.replace(/:(\w+)/g, '{$1}');
    const method = request.method === 'HEAD' ? 'get' : request.method.toLowerCase();
    const operation = this.document.paths[path]?.[method];
    if (!operation) return [`${method.toUpperCase()} ${path} is served but not in the document`];
    const status = String(reply.statusCode);
    const response =
      operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
    if (!response)
      return [`status ${status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`];
    const key = `${method} ${path} ${status}`;
    return [...this.checkHeaders(key, response, reply), ...this.checkBody(key, response, reply, payload, request)];
  }

  private checkHeaders(key: string, response: Response, reply: FastifyReply): string[] {
    const problems: string[] = [];
    const declared = new Map(
      Object.entries(response.headers ?? {}).map(([name, header]) => [name.toLowerCase(), this.header(header)]),
    );
    const sent = reply.getHeaders();
    for (const [name, header] of declared) {
      const value = sent[name];
      if (value === undefined) {
        if (header.required) problems.push(`required header ${name} is missing`);
        continue;
      }
      const schema = header.schema ?? {};
      const text = String(value);
      const typed = schema.type === 'integer' || schema.type === 'number' ? Number(text) : text;
      const validate = this.validator(`${key} header ${name}`, schema);
      if (!validate(typed))
        problems.push(`header ${name}: ${JSON.stringify(text)} ${this.ajv.errorsText(validate.errors)}`);
    }
    for (const name of Object.keys(sent)) {
      if (!isGeneric(name) && !declared.has(name)) problems.push(`header ${name} is sent but not declared`);
    }
    return problems;
  }

  private checkBody(
    key: string,
    response: Response,
    reply: FastifyReply,
    payload: unknown,
    request: FastifyRequest,
  ): string[] {
    const content = response.content ?? {};
    const empty =
      payload === null || payload === undefined || payload === '' || (Buffer.isBuffer(payload) && !payload.length);
    if (empty) {
      return Object.keys(content).length && request.method !== 'HEAD' ? ['the declared body is missing'] : [];
    }
    const mediaType = String(reply.getHeader('content-type') ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    const media = content[mediaType];
    if (!media) {
      return [
        `a ${mediaType || 'body without a type'} is sent; declared: ${Object.keys(content).join(', ') || 'no body'}`,
      ];
    }
    // A stream (a file, events) is checked by its type only.
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return [];
    if (!/^application\/(?:[\w.-]+\+)?json$/.test(mediaType) || !media.schema) return [];
    let body: unknown;
    try {
      body = JSON.parse(payload.toString());
    } catch {
      return [`the ${mediaType} body is not JSON`];
    }
    const validate = this.validator(`${key} ${mediaType}`, media.schema);
    if (validate(body)) return [];
    return validate.errors!.map((e) => `body${e.instancePath} ${e.message} (${e.schemaPath})`);
  }

  private header(header: Header): Header {
    const name = header.$ref?.replace('#/components/headers/', '');
    return name ? (this.document.components.headers?.[name] ?? {}) : header;
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(refsToDefs(schema));
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** OpenAPI's `#/components/schemas/X` references, pointed at the schemas registered as `openapi.json`. */
function refsToDefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema), (name, value: unknown) =>
    name === '$ref' && typeof value === 'string'
      ? value.replace('#/components/schemas/', 'openapi.json#/$defs/')
      : value,
  ) as T;
}
