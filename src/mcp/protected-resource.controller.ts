import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { publicBaseUrl, RESOURCE_METADATA_PATH } from '../auth/resource-metadata';
import { TOKEN_SCOPES } from '../auth/tokens/token-scopes';
import { Public } from '../common/public.decorator';

export class ProtectedResourceMetadata {
  @ApiProperty({ format: 'uri', maxLength: 2048, example: 'https://api.example.com/api/mcp' })
  resource: string;

  @ApiProperty({ enum: ['Todo API MCP server'] })
  resource_name: string;

  @ApiProperty({ type: 'array', items: { type: 'string', enum: ['header'] }, maxItems: 1 })
  bearer_methods_supported: string[];

  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...TOKEN_SCOPES] }, maxItems: TOKEN_SCOPES.length })
  scopes_supported: string[];

  @ApiProperty({ format: 'uri', maxLength: 2048, example: 'https://api.example.com/api/docs' })
  resource_documentation: string;
}

/**
 * RFC 9728 protected resource metadata for the MCP server, where MCP clients look for it. It names
 * no authorization server: a token is a personal access token the user creates at /api/auth/tokens
 * (or a session's access token), given to the client as a bearer token.
 */
@ApiTags('mcp')
@Controller(RESOURCE_METADATA_PATH)
export class ProtectedResourceController {
  @Get()
  // Public: a client reads it to find out how to authenticate, before it has any token.
  @Public()
  @ApiOperation({
    summary: 'How to authenticate to the MCP server (RFC 9728)',
    description: 'Public. Named by `resource_metadata` in the MCP server’s 401 challenge.',
  })
  @ApiOkResponse({ type: ProtectedResourceMetadata })
  metadata(@Req() request: FastifyRequest): ProtectedResourceMetadata {
    const base = publicBaseUrl(request);
    return {
      resource: `${base}/api/mcp`,
      resource_name: 'Todo API MCP server',
      bearer_methods_supported: ['header'],
      scopes_supported: [...TOKEN_SCOPES],
      resource_documentation: `${base}/api/docs`,
    };
  }
}
