import { Controller, Get, Headers, HttpCode, HttpException, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Scopes } from '../auth/tokens/token-scopes';
import { ApiProblems, problemResponse } from '../common/api-problems.decorator';
import { TypedProblem } from '../common/problem';
import { CURSOR_SCHEMA, EventTicketResponse, LiveEventsQuery } from './dto/live-events.dto';
import type { EventStream } from './event-stream';
import { TicketAuth } from './event-ticket.guard';
import { EventTicketsService } from './event-tickets.service';
import {
  LIVE_EVENTS_DESCRIPTION,
  NOT_ACCEPTABLE_DETAIL,
  notAcceptableResponse,
  streamResponse,
} from './live-events.openapi';
import { LiveEvents, STREAMS_RETRY_AFTER_SECONDS } from './live-events.service';

const EVENT_STREAM = 'text/event-stream';

@ApiTags('events')
@ApiBearerAuth()
@ApiProblems(401, 503)
@Controller('events')
export class LiveEventsController {
  constructor(
    private readonly live: LiveEvents,
    private readonly tickets: EventTicketsService,
  ) {}

  @Get()
  @TicketAuth()
  @Scopes('tasks:read')
  @ApiOperation({ summary: 'Your events, live (Server-Sent Events)', description: LIVE_EVENTS_DESCRIPTION })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    schema: CURSOR_SCHEMA,
    description: 'Resume after this event id.',
  })
  @ApiResponse(streamResponse)
  @ApiResponse(notAcceptableResponse)
  @ApiResponse({
    status: 429,
    ...problemResponse(429),
    description: 'Too many requests, or already the most open streams for your account; see `Retry-After`.',
  })
  @ApiProblems(422)
  async stream(
    @CurrentUser() user: AuthUser,
    @Query() query: LiveEventsQuery,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const since =
      lastEventId !== undefined
        ? this.live.resumeFrom(user.id, lastEventId, 'Last-Event-ID')
        : this.live.resumeFrom(user.id, query.since, 'since');
    // Anything else would wait on an answer that never ends.
    if (!accept?.toLowerCase().includes(EVENT_STREAM)) {
      throw new TypedProblem(406, 'not-acceptable', 'Not Acceptable', NOT_ACCEPTABLE_DETAIL);
    }
    // Listen before opening: a client that leaves while the stream is set up must not keep its slot.
    let gone = false;
    let stream: EventStream | undefined;
    reply.raw.once('close', () => {
      gone = true;
      stream?.end();
    });
    try {
      stream = await this.live.open(user, since);
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 429) {
        reply.header('Retry-After', STREAMS_RETRY_AFTER_SECONDS);
      }
      throw error;
    }
    if (gone) return stream.end();
    await reply
      .header('Content-Type', `${EVENT_STREAM}; charset=utf-8`)
      .header('X-Accel-Buffering', 'no')
      .send(stream.body);
  }

  // No @Scopes: a personal access token sends its own header, and cannot mint a URL credential.
  @Post('ticket')
  @HttpCode(201)
  @ApiOperation({
    summary: 'A ticket to open the event stream with EventSource',
    description:
      '`EventSource` cannot send an `Authorization` header: open `GET /api/events?ticket=<ticket>` instead ' +
      '(the `Location` of this answer). Single use, valid 30 seconds, bound to your session; the stream then lasts ' +
      'as long as the access token that asked for the ticket. Ask for a new ticket for each (re)connection.',
  })
  @ApiCreatedResponse({
    type: EventTicketResponse,
    headers: {
      Location: {
        description: 'The stream to open with this ticket: /api/events?ticket={ticket}.',
        schema: { type: 'string', format: 'uri-reference', maxLength: 100 },
      },
    },
  })
  async ticket(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const view = await this.tickets.issue(user);
    reply.header('Location', `/api/events?ticket=${view.ticket}`);
    return view;
  }
}
