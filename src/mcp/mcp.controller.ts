import { applyDecorators, Controller, Delete, Get, HttpException, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  type SchemaObject,
} from '@nestjs/swagger';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { AdvertiseResourceMetadata, resourceMetadataUrl } from '../auth/resource-metadata';
import { allows, insufficientScope, Scopes } from '../auth/tokens/token-scopes';
import { ApiProblems, problemResponse } from '../common/api-problems.decorator';
import { problem } from '../common/problem';
import { TasksService } from '../tasks/tasks.service';
import { createMcpServer, scopeNeeded } from './mcp-server';

const JSON_RPC: SchemaObject = {
  type: 'object',
  required: ['jsonrpc'],
  properties: { jsonrpc: { type: 'string', enum: ['2.0'] } },
};

const CHALLENGE_HEADER = { description: 'The Bearer challenge.', schema: { type: 'string', maxLength: 500 } };

const ApiNotAllowed = () =>
  applyDecorators(
    ApiResponse({
      status: 405,
      ...problemResponse(405),
      description: 'MCP messages are sent with POST.',
      headers: { Allow: { description: 'POST', schema: { type: 'string', enum: ['POST'] } } },
    }),
    ApiResponse({ status: 401, ...problemResponse(401), headers: { 'WWW-Authenticate': CHALLENGE_HEADER } }),
  );

@ApiTags('mcp')
@ApiBearerAuth()
@AdvertiseResourceMetadata()
// Connecting and the read tools need tasks:read; a call of a tool that writes is checked below.
@Scopes('tasks:read')
@Controller('mcp')
export class McpController {
  constructor(private readonly tasks: TasksService) {}

  @Post()
  @ApiOperation({
    summary: 'The MCP tool server (Streamable HTTP, stateless)',
    description:
      'The Model Context Protocol for AI assistants: JSON-RPC messages in, JSON answers out, no session. ' +
      'The tools add_task, list_tasks, complete_task, update_task and delete_task act as the caller. A personal ' +
      'access token needs `tasks:read`, and `tasks:write` to call a tool that writes. Send ' +
      '`Accept: application/json, text/event-stream`. See docs/mcp.md.',
  })
  @ApiBody({ schema: JSON_RPC, description: 'A JSON-RPC 2.0 request or notification of MCP.' })
  @ApiOkResponse({ schema: JSON_RPC, description: 'The JSON-RPC response; tool failures are results with `isError`.' })
  @ApiAcceptedResponse({ description: 'A notification was taken; it has no response.' })
  @ApiResponse({
    status: 401,
    ...problemResponse(401),
    description:
      'Missing, malformed, expired or revoked token; `WWW-Authenticate: Bearer resource_metadata="…"` names ' +
      'the protected resource metadata (RFC 9728).',
    headers: { 'WWW-Authenticate': CHALLENGE_HEADER },
  })
  @ApiResponse({
    status: 403,
    ...problemResponse(403),
    description:
      'A personal access token without `tasks:read`, or calling a tool that writes without `tasks:write`. ' +
      '`WWW-Authenticate: Bearer error="insufficient_scope", scope="…", resource_metadata="…"`.',
    headers: { 'WWW-Authenticate': CHALLENGE_HEADER },
  })
  @ApiProblems(400, 413, 415, 429, 503)
  async handle(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const needed = scopeNeeded(request.body);
    if (user.scopes && !allows(user.scopes, needed)) throw insufficientScope(needed, resourceMetadataUrl(request));
    const server = createMcpServer(this.tasks, user);
    // Stateless: no session id, and a JSON answer per request instead of an event stream.
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    // The transport writes to the Node response itself; the headers set so far (request id,
    // security, rate limits) go along.
    reply.hijack();
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value);
    }
    reply.raw.once('close', () => void server.close());
    await server.connect(transport);
    await transport.handleRequest(request.raw, reply.raw, request.body);
  }

  // A stateless server has no event stream to open (GET) and no session to end (DELETE).
  @Get()
  @ApiOperation({ summary: 'Not offered: the MCP server keeps no event stream', description: 'Always 405.' })
  @ApiNotAllowed()
  stream(@Res({ passthrough: true }) reply: FastifyReply): never {
    return onlyPost(reply);
  }

  @Delete()
  @ApiOperation({ summary: 'Not offered: the MCP server keeps no session', description: 'Always 405.' })
  @ApiNotAllowed()
  end(@Res({ passthrough: true }) reply: FastifyReply): never {
    return onlyPost(reply);
  }
}

function onlyPost(reply: FastifyReply): never {
  reply.header('Allow', 'POST');
  throw new HttpException(problem(405, 'The MCP server is stateless: send each JSON-RPC message with POST.'), 405);
}
