import { HttpException, Logger, NotFoundException } from '@nestjs/common';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import type { AuthUser } from '../auth/auth-user';
import { allows } from '../auth/tokens/token-scopes';
import { isDatabaseUnavailable } from '../common/problem-details.filter';
import { ValidationProblem, type ProblemDocument } from '../common/problem';
import { createValidationPipe } from '../common/validation';
import type { TasksService } from '../tasks/tasks.service';
import { argumentsSchema } from './json-schema';
import { TASK_TOOLS, TOOLS_BY_NAME, type TaskTool } from './task-tools';

const logger = new Logger('Mcp');
// The REST routes' pipe: the same whitelist, NUL check, transforms and messages.
const validation = createValidationPipe();

const TOOL_LIST = TASK_TOOLS.map((tool) => ({
  name: tool.name,
  title: tool.title,
  description: tool.description,
  inputSchema: argumentsSchema(tool.args),
  annotations: { title: tool.title, openWorldHint: false, ...tool.annotations },
}));

const text = (value: string): CallToolResult['content'] => [{ type: 'text', text: value }];

/** A failure the model can act on: it reads the message and tries again differently. */
function toolError(message: string): CallToolResult {
  return { isError: true, content: text(message) };
}

function failure(tool: TaskTool, args: Record<string, unknown>, error: unknown): CallToolResult {
  if (error instanceof NotFoundException) {
    return toolError(
      `task not found: none of your tasks has the id ${JSON.stringify(args.taskId)}. ` +
        'Call list_tasks to find the id of the task you mean.',
    );
  }
  if (error instanceof ValidationProblem) {
    const fields = error.errors.map((e) => e.message).join('; ');
    return toolError(`invalid arguments for ${tool.name}: ${fields}. Fix them and call ${tool.name} again.`);
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    return toolError((error.getResponse() as ProblemDocument).detail ?? error.message);
  }
  if (isDatabaseUnavailable(error)) {
    return toolError('The task store is not reachable right now; try again in a few seconds.');
  }
  logger.error(`${tool.name} failed`, error instanceof Error ? error.stack : String(error));
  // A protocol error with nothing of the cause in it, as the REST routes answer a 500.
  throw new McpError(ErrorCode.InternalError, 'Something went wrong on our side.');
}

/**
 * One MCP server for one request (the transport is stateless), acting as `user` alone: no tool
 * takes a user argument, so a model cannot name another account.
 */
export function createMcpServer(tasks: TasksService, user: AuthUser): Server {
  // The low-level server: the high-level one takes only zod schemas, and these come from the DTOs.
  const server = new Server({ name: 'todo-api', version: '1.0.0' }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: TOOL_LIST }));
  server.setRequestHandler(CallToolRequestSchema, async ({ params }): Promise<CallToolResult> => {
    const tool = TOOLS_BY_NAME.get(params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool ${params.name}; call tools/list.`);
    // Checked before the request reached here too (a 403 with a challenge); this keeps it true of any path.
    if (user.scopes && !allows(user.scopes, tool.scope)) {
      return toolError(`This token lacks the ${tool.scope} scope that ${tool.name} needs.`);
    }
    const args = params.arguments ?? {};
    try {
      const valid = (await validation.transform(args, { type: 'body', metatype: tool.args })) as object;
      const result = await tool.run(tasks, user.id, valid);
      return { content: text(JSON.stringify(result)), structuredContent: result as Record<string, unknown> };
    } catch (error) {
      return failure(tool, args, error);
    }
  });
  return server;
}

/** The scope a JSON-RPC message (or batch) needs: writing for a call of a tool that writes. */
export function scopeNeeded(body: unknown): 'tasks:read' | 'tasks:write' {
  const messages = Array.isArray(body) ? (body as unknown[]) : [body];
  for (const message of messages) {
    const { method, params } = (message ?? {}) as { method?: unknown; params?: { name?: unknown } };
    if (method !== 'tools/call' || typeof params?.name !== 'string') continue;
    if (TOOLS_BY_NAME.get(params.name)?.scope === 'tasks:write') return 'tasks:write';
  }
  return 'tasks:read';
}
