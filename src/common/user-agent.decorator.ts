import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The caller's User-Agent, for naming sessions; a custom decorator keeps it out of the OpenAPI parameters. */
export const UserAgent = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  const header = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[
    'user-agent'
  ];
  return typeof header === 'string' ? header : undefined;
});
