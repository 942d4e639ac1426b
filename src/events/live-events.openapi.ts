import { PROBLEM_CONTENT_TYPE } from '../common/problem';
import { RETRY_MS } from './live-events.service';

export const NOT_ACCEPTABLE_TYPE = 'urn:todo-api:problem:not-acceptable';
export const NOT_ACCEPTABLE_DETAIL = 'This is a stream of Server-Sent Events: ask with Accept: text/event-stream.';

export const LIVE_EVENTS_DESCRIPTION =
  'A stream of Server-Sent Events. Authenticate with `Authorization: Bearer` (fetch-based clients; a personal ' +
  'access token needs `tasks:read`) or, for `EventSource`, with `?ticket=` from `POST /api/events/ticket`; an ' +
  'access token in the URL is never accepted. Send `Accept: text/event-stream` (406 otherwise).\n\n' +
  `The stream starts with \`retry: ${RETRY_MS}\`. Events: \`task.changed\` (data: one change as in ` +
  '`GET /api/tasks/changes`), `reminder.due` and any other event of your log (data as written), ' +
  '`session.ended` (this session was logged out, revoked or ended by a password change; the stream then ' +
  'closes), `sync.expired` (the resume position is older than the changes kept; the stream then closes: do a ' +
  "full sync with the changes feed). Each event's `id` is its position in your event log, written as a " +
  'changes-feed cursor. Resume with `Last-Event-ID` (or `?since=`): what was missed first, then live events, ' +
  'none twice. A comment line comes every 15 seconds. The stream ends when its access token expires ' +
  '(reconnect with a fresh token and `Last-Event-ID`), and when the instance shuts down. At most 10 open ' +
  'streams per user: one more is a 429.';

const EXAMPLE =
  'retry: 3000\n\n' +
  'id: AQ.x3Jc0_VdW9Qz1m4Lk8Yb2w\nevent: task.changed\ndata: {"op":"delete","id":"7c0e…","deletedAt":"2026-11-28T21:00:00.000Z"}\n\n' +
  ':\n\n';

export const streamResponse = {
  status: 200,
  description: 'The event stream; it stays open until one of the ends above.',
  headers: {
    'X-Accel-Buffering': {
      description: '`no`: proxies that honour it (nginx) pass each event on at once.',
      schema: { type: 'string', enum: ['no'] },
    },
  },
  content: {
    'text/event-stream': {
      schema: { type: 'string', maxLength: 1_000_000_000, description: 'Server-Sent Events (UTF-8).' },
      example: EXAMPLE,
    },
  },
};

export const notAcceptableResponse = {
  status: 406,
  description: `\`type\` ${NOT_ACCEPTABLE_TYPE}: the request does not accept \`text/event-stream\`.`,
  content: {
    [PROBLEM_CONTENT_TYPE]: {
      schema: { $ref: '#/components/schemas/ProblemSchema' },
      example: { type: NOT_ACCEPTABLE_TYPE, title: 'Not Acceptable', status: 406, detail: NOT_ACCEPTABLE_DETAIL },
    },
  },
};
