import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ApiProblems, problemResponse } from '../common/api-problems.decorator';
import {
  CreatedWebhookResponse,
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveryResponse,
  WebhookResponse,
} from './dto/webhook.dto';
import { DELIVERIES_SHOWN, MAX_WEBHOOKS_PER_USER, WebhooksService } from './webhooks.service';

const ID = { name: 'id', schema: { type: 'string', format: 'uuid', maxLength: 36 } } as const;

// No @Scopes: webhooks are the account's, not tasks; a personal access token gets a 403 here.
@ApiTags('webhooks')
@ApiBearerAuth()
@ApiExtraModels(WebhookResponse, WebhookDeliveryResponse)
@ApiProblems(401, 503)
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Register a webhook',
    description:
      'Your events are POSTed to `url` as they happen, signed with `secret` (Standard Webhooks), starting with ' +
      `the next one. The secret is in this answer only. At most ${MAX_WEBHOOKS_PER_USER} per user.`,
  })
  @ApiCreatedResponse({
    type: CreatedWebhookResponse,
    description: 'Registered; `Location` names it. Keep `secret` now: it is never shown again.',
    headers: {
      Location: {
        description: 'The new webhook: /api/webhooks/{id}.',
        schema: { type: 'string', format: 'uri-reference', maxLength: 100 },
      },
    },
  })
  @ApiResponse({
    status: 409,
    ...problemResponse(409),
    description: `You already have ${MAX_WEBHOOKS_PER_USER} webhooks; delete one first.`,
  })
  @ApiProblems(400, 413, 422)
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateWebhookDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const created = await this.webhooks.create(user.id, dto);
    reply.header('Location', `/api/webhooks/${created.id}`);
    return created;
  }

  @Get()
  @ApiOperation({ summary: 'Your webhooks', description: 'Newest first, never with their secrets.' })
  @ApiOkResponse({
    schema: { type: 'array', maxItems: MAX_WEBHOOKS_PER_USER, items: { $ref: getSchemaPath(WebhookResponse) } },
  })
  list(@CurrentUser() user: AuthUser) {
    return this.webhooks.list(user.id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a webhook',
    description: 'Its URL, events, description, or whether it is enabled. Another user’s webhook is a 404.',
  })
  @ApiParam(ID)
  @ApiOkResponse({ type: WebhookResponse })
  @ApiProblems(400, 404, 413, 422)
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: UpdateWebhookDto) {
    return this.webhooks.update(user.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook', description: 'Nothing more is sent to it.' })
  @ApiParam(ID)
  @ApiNoContentResponse({ description: 'Deleted, with its deliveries.' })
  @ApiProblems(404)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.webhooks.remove(user.id, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    summary: 'Recent deliveries of a webhook',
    description: `Its last ${DELIVERIES_SHOWN} attempts, newest first: each event's id, type, attempt number and outcome.`,
  })
  @ApiParam(ID)
  @ApiOkResponse({
    schema: {
      type: 'array',
      maxItems: DELIVERIES_SHOWN,
      items: { $ref: getSchemaPath(WebhookDeliveryResponse) },
    },
  })
  @ApiProblems(404)
  deliveries(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.webhooks.deliveries(user.id, id);
  }
}
