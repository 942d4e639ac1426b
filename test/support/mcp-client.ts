import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { send } from './http';

/** The SDK's own client on the server's /api/mcp over real HTTP, sending `token` as its bearer token. */
export async function connectMcp(baseUrl: string, token: string): Promise<Client> {
  const client = new Client({ name: 'todo-api-tests', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('/api/mcp', baseUrl), {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
  });
  await client.connect(transport);
  return client;
}

export async function callTool(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The text of a tool's answer (its error message, when isError). */
export const textOf = (result: CallToolResult) =>
  result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');

/**
 * One `tools/call` as a stateless JSON-RPC POST through Fastify's inject: what the SDK client
 * sends once connected, without the handshake and the socket (for tests that make thousands).
 */
export async function injectToolCall(
  app: NestFastifyApplication,
  token: string,
  name: string,
  args: Record<string, unknown>,
): Promise<CallToolResult> {
  const res = await send(app, 'POST', '/api/mcp', {
    token,
    headers: { accept: 'application/json, text/event-stream' },
    body: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } },
  });
  if (res.status !== 200 || !res.body.result) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.result as CallToolResult;
}
