// Generated from the OpenAPI document served at /api/docs-json by `npm run client:generate`; do not edit.

export interface paths {
  '/api/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an account and sign in
     * @description Starts a session, as signing in does. The email is trimmed and lower-cased; the password takes 8 to 72 bytes and must not be a common one. An email already registered is a 409.
     */
    post: operations['AuthController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in
     * @description Starts a new session. A wrong password and an unknown email get the same 401. Failed sign-ins for an account are limited per client address and overall: past a limit the answer is 429 with `Retry-After`, even for the right password.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a refresh token for a new pair
     * @description A refresh token works once. One presented again, after it was spent, ends its whole session (401, and its newest refresh token and access tokens stop working): someone else holds a copy. Except within the grace period (`JWT_REFRESH_REUSE_GRACE`, 30 seconds by default, 0 = off) after it was spent, and only while the refresh token that replaced it has not been used: then the answer is 200 with that same replacing refresh token and a new access token for the same session, so tabs refreshing at once and a retry after a lost answer all get a working pair. A token spent longer ago, or two or more refreshes ago, ends the session. On this server the grace period is 30 seconds.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out
     * @description Ends the session of the access token sent: its access and refresh tokens stop working at once. A token of the external sign-in service has no session here: 409, sign out at that service.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your account
     * @description The signed-in user.
     */
    get: operations['AccountController_me'];
    put?: never;
    post?: never;
    /**
     * Delete your account
     * @description Asks for the password again. The account, its sessions and all its tasks are deleted. An account of the external sign-in service has no password: its token is enough, and the body may be left out. Its next request with a token of that service starts a new, empty account.
     */
    delete: operations['AccountController_remove'];
    options?: never;
    head?: never;
    /**
     * Rename yourself
     * @description Only `name` changes here: null clears it, and leaving it out keeps it.
     */
    patch: operations['AccountController_update'];
    trace?: never;
  };
  '/api/auth/change-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your password
     * @description Asks for the current password. Every other session of the account ends; this one goes on. An account of the external sign-in service has no password here: 409.
     */
    post: operations['AccountController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your active sessions
     * @description Most recently used first; `current` marks the session making the request. An account of the external sign-in service has no sessions here: an empty list.
     */
    get: operations['SessionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End one of your sessions
     * @description Its tokens stop working at once. A session of another user, or one already ended, is a 404.
     */
    delete: operations['SessionsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your personal access tokens
     * @description Newest first, expired ones included, never with their secrets.
     */
    get: operations['PersonalAccessTokensController_list'];
    put?: never;
    /**
     * Create a personal access token
     * @description A named, scoped, expiring token for a script or an AI assistant (see the MCP server at `/api/mcp`). The secret `token` is in this answer only. It stops working when deleted, when it expires, and when the password changes. At most 20 per user.
     */
    post: operations['PersonalAccessTokensController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a personal access token
     * @description It stops working at once. Another user’s token, or one already deleted, is a 404.
     */
    delete: operations['PersonalAccessTokensController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List your tasks, filtered and sorted, one page at a time
     * @description Filters combine with AND. Follow `nextCursor` with the same filters and sort: paging never repeats or skips a task, even while tasks are added. A task whose sort key changes while you page appears where its new key puts it. An unknown parameter or value, or a cursor from another list, is a 422.
     */
    get: operations['TasksController_list'];
    put?: never;
    /**
     * Create a task
     * @description Only `title` is required; every other field has a default.
     */
    post: operations['TasksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Counts of your tasks
     * @description All, open, completed, overdue, and due today, where the day is that of the time zone `tz` (UTC by default).
     */
    get: operations['TasksController_stats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of your tasks
     * @description Another user's task and a malformed id are both a 404.
     */
    get: operations['TasksController_findOne'];
    /**
     * Replace a task
     * @description Takes every writable field; an optional one left out goes back to its default.
     */
    put: operations['TasksController_replace'];
    post?: never;
    /**
     * Delete a task: it moves to the trash
     * @description Out of every list, count, tag and search until restored (`POST /api/tasks/{id}/restore`); deleted for good 30 days later (`TRASH_RETENTION`), or at once from the trash.
     */
    delete: operations['TasksController_remove'];
    options?: never;
    head?: never;
    /**
     * Change some fields of a task
     * @description Fields left out keep their values; the nullable ones are cleared with null.
     */
    patch: operations['TasksController_update'];
    trace?: never;
  };
  '/api/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Complete, reopen or toggle a task
     * @description `{ "completed": true|false }` sets it; no body (or an empty one) toggles. A recurring task is not closed: its dueAt moves to the next occurrence after now, and its remindAt by the same amount.
     */
    patch: operations['TasksController_complete'];
    trace?: never;
  };
  '/api/tasks/trash': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your deleted tasks, most recently deleted first, one page at a time
     * @description Each with `deletedAt`. Follow `nextCursor` for the next page. Trashed tasks are in no other list, count, tag or search until restored, and are deleted for good 30 days (`TRASH_RETENTION`) after their deletion.
     */
    get: operations['TrashController_list'];
    put?: never;
    post?: never;
    /**
     * Empty the trash
     * @description Every task in your trash is deleted for good.
     */
    delete: operations['TrashController_empty'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a task out of the trash
     * @description Undoes a delete: the task comes back as it was, its version one more. 404 when it is not in your trash.
     */
    post: operations['TrashController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/trash/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a task in the trash for good
     * @description There is no undo.
     */
    delete: operations['TrashController_purge'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your tags
     * @description Each tag on your tasks, by name, with how many tasks carry it.
     */
    get: operations['TagsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in your tasks since a cursor
     * @description Oldest first; a task changed several times appears once, as it is now (`upsert`, trashed ones with `deletedAt`), or as `delete` once deleted for good. Follow `cursor` while `hasMore`, and keep the last one for next time. Without `since`: every task (a full sync), then the cursor to follow from. The cursors are also the ids of the live events (`GET /api/events`).
     */
    get: operations['ChangesFeedController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mcp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Not offered: the MCP server keeps no event stream
     * @description Always 405.
     */
    get: operations['McpController_stream'];
    put?: never;
    /**
     * The MCP tool server (Streamable HTTP, stateless)
     * @description The Model Context Protocol for AI assistants: JSON-RPC messages in, JSON answers out, no session. The tools add_task, list_tasks, complete_task, update_task and delete_task act as the caller. A personal access token needs `tasks:read`, and `tasks:write` to call a tool that writes. Send `Accept: application/json, text/event-stream`. See docs/mcp.md.
     */
    post: operations['McpController_handle'];
    /**
     * Not offered: the MCP server keeps no session
     * @description Always 405.
     */
    delete: operations['McpController_end'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/oauth-protected-resource': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How to authenticate to the MCP server (RFC 9728)
     * @description Public. Named by `resource_metadata` in the MCP server’s 401 challenge.
     */
    get: operations['ProtectedResourceController_metadata'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your webhooks
     * @description Newest first, never with their secrets.
     */
    get: operations['WebhooksController_list'];
    put?: never;
    /**
     * Register a webhook
     * @description Your events are POSTed to `url` as they happen, signed with `secret` (Standard Webhooks), starting with the next one. The secret is in this answer only. At most 10 per user.
     */
    post: operations['WebhooksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a webhook
     * @description Nothing more is sent to it.
     */
    delete: operations['WebhooksController_remove'];
    options?: never;
    head?: never;
    /**
     * Change a webhook
     * @description Its URL, events, description, or whether it is enabled. Another user’s webhook is a 404.
     */
    patch: operations['WebhooksController_update'];
    trace?: never;
  };
  '/api/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recent deliveries of a webhook
     * @description Its last 50 attempts, newest first: each event's id, type, attempt number and outcome.
     */
    get: operations['WebhooksController_deliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your events, live (Server-Sent Events)
     * @description A stream of Server-Sent Events. Authenticate with `Authorization: Bearer` (fetch-based clients; a personal access token needs `tasks:read`) or, for `EventSource`, with `?ticket=` from `POST /api/events/ticket`; an access token in the URL is never accepted. Send `Accept: text/event-stream` (406 otherwise).
     *
     *     The stream starts with `retry: 3000`. Events: `task.changed` (data: one change as in `GET /api/tasks/changes`), `reminder.due` and any other event of your log (data as written), `session.ended` (this session was logged out, revoked or ended by a password change; the stream then closes), `sync.expired` (the resume position is older than the changes kept; the stream then closes: do a full sync with the changes feed). Each event's `id` is its position in your event log, written as a changes-feed cursor. Resume with `Last-Event-ID` (or `?since=`): what was missed first, then live events, none twice. A comment line comes every 15 seconds. The stream ends when its access token expires (reconnect with a fresh token and `Last-Event-ID`), and when the instance shuts down. At most 10 open streams per user: one more is a 429.
     */
    get: operations['LiveEventsController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/events/ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A ticket to open the event stream with EventSource
     * @description `EventSource` cannot send an `Authorization` header: open `GET /api/events?ticket=<ticket>` instead (the `Location` of this answer). Single use, valid 30 seconds, bound to your session; the stream then lasts as long as the access token that asked for the ticket. Ask for a new ticket for each (re)connection.
     */
    post: operations['LiveEventsController_ticket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness
     * @description The process answers. It never touches the database, so an outage does not get the process restarted.
     */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness
     * @description 200 while the service is not shutting down and the database answers within a second; 503 otherwise. A 200 body lists in `degraded` the parts the service is running without (`{"status":"ok","degraded":["redis"]}`); without them it still serves every request, so a load balancer should keep sending traffic.
     */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    RegisterDto: {
      /**
       * Format: email
       * @description Stored trimmed and lower-cased.
       * @example ada@example.com
       */
      email: string;
      /**
       * Format: password
       * @description 8 to 72 bytes in UTF-8 (longer is refused, never cut); one of the most common passwords is refused.
       * @example correct horse battery staple
       */
      password: string;
      /** @example Ada */
      name?: string | null;
    };
    UserResponse: {
      /**
       * Format: uuid
       * @example 0b9d1f5e-8c1a-4a57-9d0e-3f1c2b4a5d6e
       */
      id: string;
      /**
       * Format: email
       * @description Null only for a user of the external sign-in service whose token named no email, or one that another account already has.
       * @example ada@example.com
       */
      email: string | null;
      /** @example Ada */
      name: string | null;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
    };
    TokenResponse: {
      user: components['schemas']['UserResponse'];
      /** @description JWT (HS256) to send as `Authorization: Bearer <accessToken>`; keep it in memory only. */
      accessToken: string;
      /** @description Opaque and single-use: exchange it at /api/auth/refresh for a new pair. */
      refreshToken: string;
      /**
       * @example Bearer
       * @enum {string}
       */
      tokenType: 'Bearer';
      /**
       * Format: int32
       * @description Seconds until the access token expires.
       * @example 900
       */
      expiresIn: number;
    };
    LoginDto: {
      /**
       * Format: email
       * @example ada@example.com
       */
      email: string;
      /**
       * Format: password
       * @example correct horse battery staple
       */
      password: string;
    };
    RefreshDto: {
      /**
       * @description The refresh token from the last sign-in or refresh; it works once.
       * @example q3Vx0YdNq2Kp3o5i7b4yJ0mZQ8m3xW2aHkV9sT1uR6c
       */
      refreshToken: string;
    };
    UpdateMeDto: {
      /** @example Ada */
      name?: string | null;
    };
    DeleteAccountDto: {
      /**
       * Format: password
       * @description The current password, asked again before the account goes. Required for an account with a password; an account of the external sign-in service has none, and sends no body (or `{}`).
       * @example correct horse battery staple
       */
      password?: string;
    };
    ChangePasswordDto: {
      /**
       * Format: password
       * @example correct horse battery staple
       */
      currentPassword: string;
      /**
       * Format: password
       * @description 8 to 72 bytes in UTF-8 (longer is refused, never cut); one of the most common passwords is refused.
       * @example a new, longer passphrase
       */
      newPassword: string;
    };
    SessionResponse: {
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description The last sign-in or refresh through this session.
       * @example 2026-11-28T21:00:00.000Z
       */
      lastUsedAt: string;
      /** @example Mozilla/5.0 */
      userAgent: string | null;
      /** @description The session this request was made with. */
      current: boolean;
    };
    PersonalAccessTokenResponse: {
      /** Format: uuid */
      id: string;
      /** @example Desktop assistant */
      name: string;
      /**
       * @example [
       *       "tasks:read",
       *       "tasks:write"
       *     ]
       */
      scopes: ('tasks:read' | 'tasks:write')[];
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description After this time the token is refused.
       * @example 2026-11-28T21:00:00.000Z
       */
      expiresAt: string;
      /**
       * Format: date-time
       * @description The last request made with the token, to the minute; null if it was never used.
       * @example 2026-11-28T21:00:00.000Z
       */
      lastUsedAt: string | null;
    };
    CreateTokenDto: {
      /**
       * @description What the token is for, so you can tell your tokens apart. Trimmed.
       * @example Desktop assistant
       */
      name: string;
      /**
       * @description `tasks:read`: the GET routes of tasks, tags and events, and the read tools of the MCP server. `tasks:write`: those and every change to tasks. No scope reaches the account or session routes.
       * @example [
       *       "tasks:read",
       *       "tasks:write"
       *     ]
       */
      scopes: ('tasks:read' | 'tasks:write')[];
      /**
       * Format: int32
       * @default 90
       * @example 30
       */
      expiresInDays?: number;
    };
    CreatedPersonalAccessTokenResponse: {
      /** Format: uuid */
      id: string;
      /** @example Desktop assistant */
      name: string;
      /**
       * @example [
       *       "tasks:read",
       *       "tasks:write"
       *     ]
       */
      scopes: ('tasks:read' | 'tasks:write')[];
      /**
       * @description The secret, shown only here: send it as `Authorization: Bearer tdo_…`. Only its hash is kept.
       * @example tdo_qg3c8nH2TSSMuKn0TjCfIoF4yBpz09p7VNcn7Q39ieA
       */
      token: string;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      expiresAt: string;
    };
    TaskResponse: {
      /**
       * Format: uuid
       * @example 5f0c7a9e-3b1d-4c2a-9e8f-1a2b3c4d5e6f
       */
      id: string;
      /** @example Buy milk */
      title: string;
      description: string | null;
      completed: boolean;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      completedAt: string | null;
      /**
       * @example none
       * @enum {string}
       */
      priority: 'none' | 'low' | 'medium' | 'high';
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      dueAt: string | null;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      remindAt: string | null;
      /**
       * @example [
       *       "home"
       *     ]
       */
      tags: string[];
      recurrence: {
        /**
         * @example weekly
         * @enum {string}
         */
        frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
        /**
         * Format: int32
         * @description Every `interval` days, weeks, months or years.
         * @example 1
         */
        interval: number;
      } | null;
      /**
       * Format: int32
       * @description Starts at 1 and grows by one with every change (a complete, a restore, any field); the `ETag` of the task is this value, quoted. Set by the server only.
       * @example 1
       */
      version: number;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      updatedAt: string;
      /**
       * Format: date-time
       * @description Only on a task in the trash: when it was put there.
       * @example 2026-11-28T21:00:00.000Z
       */
      deletedAt?: string;
    };
    TaskPage: {
      items: components['schemas']['TaskResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
    };
    TaskStatsResponse: {
      /** @example 12 */
      total: number;
      /**
       * @description Not completed.
       * @example 9
       */
      active: number;
      /** @example 3 */
      completed: number;
      /**
       * @description Open and due before now.
       * @example 2
       */
      overdue: number;
      /**
       * @description Open and due today in `tz` (whether or not that time has passed).
       * @example 1
       */
      dueToday: number;
    };
    CreateTaskDto: {
      /**
       * @description Trimmed.
       * @example Buy milk
       */
      title: string;
      /** @example null */
      description?: string | null;
      /**
       * @default false
       * @example false
       */
      completed?: boolean;
      /**
       * @default none
       * @example high
       * @enum {string}
       */
      priority?: 'none' | 'low' | 'medium' | 'high';
      /**
       * Format: date-time
       * @description ISO 8601 with a zone; a bare date means midnight UTC.
       * @example 2026-12-01T17:00:00.000Z
       */
      dueAt?: string | null;
      /**
       * Format: date-time
       * @example 2026-12-01T16:00:00.000Z
       */
      remindAt?: string | null;
      /**
       * @description Up to 20 tags of 1–32 characters; trimmed, lower-cased, duplicates dropped.
       * @default []
       * @example [
       *       "home",
       *       "errands"
       *     ]
       */
      tags?: string[];
      /** @description Needs a dueAt. Completing the task moves dueAt (and remindAt by the same step) to the next occurrence. */
      recurrence?: {
        /**
         * @example weekly
         * @enum {string}
         */
        frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
        /**
         * Format: int32
         * @description Every `interval` days, weeks, months or years.
         * @example 1
         */
        interval: number;
      } | null;
    };
    UpdateTaskDto: {
      /**
       * @description Trimmed.
       * @example Buy milk
       */
      title?: string;
      /** @example null */
      description?: string | null;
      /**
       * @default false
       * @example false
       */
      completed?: boolean;
      /**
       * @default none
       * @example high
       * @enum {string}
       */
      priority?: 'none' | 'low' | 'medium' | 'high';
      /**
       * Format: date-time
       * @description ISO 8601 with a zone; a bare date means midnight UTC.
       * @example 2026-12-01T17:00:00.000Z
       */
      dueAt?: string | null;
      /**
       * Format: date-time
       * @example 2026-12-01T16:00:00.000Z
       */
      remindAt?: string | null;
      /**
       * @description Up to 20 tags of 1–32 characters; trimmed, lower-cased, duplicates dropped.
       * @default []
       * @example [
       *       "home",
       *       "errands"
       *     ]
       */
      tags?: string[];
      /** @description Needs a dueAt. Completing the task moves dueAt (and remindAt by the same step) to the next occurrence. */
      recurrence?: {
        /**
         * @example weekly
         * @enum {string}
         */
        frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
        /**
         * Format: int32
         * @description Every `interval` days, weeks, months or years.
         * @example 1
         */
        interval: number;
      } | null;
    };
    ReplaceTaskDto: {
      /**
       * @description Trimmed.
       * @example Buy milk
       */
      title: string;
      /** @example null */
      description?: string | null;
      /**
       * @default false
       * @example false
       */
      completed?: boolean;
      /**
       * @default none
       * @example high
       * @enum {string}
       */
      priority?: 'none' | 'low' | 'medium' | 'high';
      /**
       * Format: date-time
       * @description ISO 8601 with a zone; a bare date means midnight UTC.
       * @example 2026-12-01T17:00:00.000Z
       */
      dueAt?: string | null;
      /**
       * Format: date-time
       * @example 2026-12-01T16:00:00.000Z
       */
      remindAt?: string | null;
      /**
       * @description Up to 20 tags of 1–32 characters; trimmed, lower-cased, duplicates dropped.
       * @default []
       * @example [
       *       "home",
       *       "errands"
       *     ]
       */
      tags?: string[];
      /** @description Needs a dueAt. Completing the task moves dueAt (and remindAt by the same step) to the next occurrence. */
      recurrence?: {
        /**
         * @example weekly
         * @enum {string}
         */
        frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
        /**
         * Format: int32
         * @description Every `interval` days, weeks, months or years.
         * @example 1
         */
        interval: number;
      } | null;
    };
    CompleteTaskDto: {
      /**
       * @description Omit (or send no body) to toggle.
       * @example true
       */
      completed?: boolean;
    };
    TrashedTaskResponse: {
      /**
       * Format: uuid
       * @example 5f0c7a9e-3b1d-4c2a-9e8f-1a2b3c4d5e6f
       */
      id: string;
      /** @example Buy milk */
      title: string;
      description: string | null;
      completed: boolean;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      completedAt: string | null;
      /**
       * @example none
       * @enum {string}
       */
      priority: 'none' | 'low' | 'medium' | 'high';
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      dueAt: string | null;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      remindAt: string | null;
      /**
       * @example [
       *       "home"
       *     ]
       */
      tags: string[];
      recurrence: {
        /**
         * @example weekly
         * @enum {string}
         */
        frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
        /**
         * Format: int32
         * @description Every `interval` days, weeks, months or years.
         * @example 1
         */
        interval: number;
      } | null;
      /**
       * Format: int32
       * @description Starts at 1 and grows by one with every change (a complete, a restore, any field); the `ETag` of the task is this value, quoted. Set by the server only.
       * @example 1
       */
      version: number;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      updatedAt: string;
      /**
       * Format: date-time
       * @description When it was put in the trash; it is deleted for good after the retention (30 days by default).
       * @example 2026-11-28T21:00:00.000Z
       */
      deletedAt: string;
    };
    TrashPage: {
      items: components['schemas']['TrashedTaskResponse'][];
      /** @description Pass as `cursor` for the next page; null on the last. */
      nextCursor: string | null;
    };
    TagCountResponse: {
      /** @example home */
      name: string;
      /**
       * @description How many of your tasks carry it.
       * @example 4
       */
      count: number;
    };
    TaskChangeResponse: {
      /**
       * @description `upsert`: the task as it is now. `delete`: deleted for good.
       * @enum {string}
       */
      op: 'upsert' | 'delete';
      /** @description With `upsert`; a trashed task has `deletedAt`. */
      task?: components['schemas']['TaskResponse'];
      /**
       * Format: uuid
       * @description With `delete`.
       */
      id?: string;
      /**
       * Format: date-time
       * @description With `delete`: when it was deleted for good.
       */
      deletedAt?: string;
    };
    ChangesPage: {
      /** @description Oldest first; a task at most once. */
      changes: components['schemas']['TaskChangeResponse'][];
      /** @description Pass as `since` next time (keep it between syncs). */
      cursor: string;
      /** @description More changes are waiting: ask again with `cursor` at once. */
      hasMore: boolean;
    };
    ProtectedResourceMetadata: {
      /**
       * Format: uri
       * @example https://api.example.com/api/mcp
       */
      resource: string;
      /** @enum {string} */
      resource_name: 'Todo API MCP server';
      bearer_methods_supported: 'header'[];
      scopes_supported: ('tasks:read' | 'tasks:write')[];
      /**
       * Format: uri
       * @example https://api.example.com/api/docs
       */
      resource_documentation: string;
    };
    WebhookResponse: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uri
       * @example https://hooks.example.com/todo
       */
      url: string;
      /**
       * @example [
       *       "task.changed",
       *       "reminder.due"
       *     ]
       */
      events: ('task.changed' | 'reminder.due')[];
      /** @example Team chat bridge */
      description: string | null;
      /** @description Whether events are delivered. */
      enabled: boolean;
      /**
       * @description Why deliveries stopped on their own (every retry failed); null otherwise.
       * @example Deliveries failed for 24 hours (last: HTTP 500)
       */
      disabledReason: string | null;
      /**
       * Format: date-time
       * @description The last delivery attempt; null before any.
       * @example 2026-11-28T21:00:00.000Z
       */
      lastDeliveryAt: string | null;
      /**
       * Format: int32
       * @description The receiver's HTTP status at the last attempt; null before any, or when it gave none.
       */
      lastStatus: number | null;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
    };
    WebhookDeliveryResponse: {
      /**
       * @description The `webhook-id` the delivery carried: the same on every attempt of one event.
       * @example msg_0f8d2f86-7c41-4c3e-9bd6-2f3b8a0e5b11
       */
      eventId: string;
      /** @enum {string} */
      type: 'task.changed' | 'reminder.due';
      /**
       * Format: int32
       * @description 1 for the first try.
       */
      attempt: number;
      /**
       * Format: int32
       * @description The receiver's HTTP status; null when it gave none (see `error`).
       */
      status: number | null;
      /**
       * @description Why there was no status: refused address, timeout, connection failure. Null when it answered.
       * @example no answer within 10 s
       */
      error: string | null;
      /**
       * Format: date-time
       * @description When the attempt was made.
       * @example 2026-11-28T21:00:00.000Z
       */
      attemptedAt: string;
    };
    CreateWebhookDto: {
      /**
       * Format: uri
       * @description Where deliveries are POSTed: `https` (`http` too outside production). A host that is or resolves to a loopback, private, link-local, carrier-grade NAT or cloud metadata address is refused, here and at every delivery.
       * @example https://hooks.example.com/todo
       */
      url: string;
      /**
       * @description The events to receive: `task.changed` (data: one change as in the changes feed), `reminder.due`.
       * @example [
       *       "task.changed",
       *       "reminder.due"
       *     ]
       */
      events: ('task.changed' | 'reminder.due')[];
      /**
       * @description A note for yourself. Trimmed.
       * @example Team chat bridge
       */
      description?: string;
    };
    CreatedWebhookResponse: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uri
       * @example https://hooks.example.com/todo
       */
      url: string;
      /**
       * @example [
       *       "task.changed",
       *       "reminder.due"
       *     ]
       */
      events: ('task.changed' | 'reminder.due')[];
      /** @example Team chat bridge */
      description: string | null;
      /**
       * @description The signing secret, shown only here: verify each delivery’s `webhook-signature` with it (Standard Webhooks).
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7F3TPMDqyCs=
       */
      secret: string;
      /** @enum {boolean} */
      enabled: true;
      /**
       * Format: date-time
       * @example 2026-11-28T21:00:00.000Z
       */
      createdAt: string;
    };
    UpdateWebhookDto: {
      /**
       * Format: uri
       * @description Where deliveries are POSTed: `https` (`http` too outside production). A host that is or resolves to a loopback, private, link-local, carrier-grade NAT or cloud metadata address is refused, here and at every delivery.
       * @example https://hooks.example.com/todo
       */
      url?: string;
      /**
       * @description The events to receive: `task.changed` (data: one change as in the changes feed), `reminder.due`.
       * @example [
       *       "task.changed",
       *       "reminder.due"
       *     ]
       */
      events?: ('task.changed' | 'reminder.due')[];
      /**
       * @description null clears it.
       * @example Team chat bridge
       */
      description?: string | null;
      /** @description false stops deliveries; true starts them again and clears `disabledReason`. Events from while it was disabled are not sent: deliveries resume with the next event. */
      enabled?: boolean;
    };
    EventTicketResponse: {
      /** @description Pass as `?ticket=` once. */
      ticket: string;
      /**
       * Format: int32
       * @example 30
       */
      expiresIn: number;
    };
    HealthStatus: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    ReadinessStatus: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
      /**
       * @description Present only when a part the service can do without is out: `redis` means the configured Redis does not answer, so rate limits are counted in each instance's memory (looser across instances) until it does. The instance still serves every request.
       * @example [
       *       "redis"
       *     ]
       */
      degraded?: 'redis'[];
    };
    FieldErrorSchema: {
      /** @example title */
      field: string;
      /** @example title must be shorter than or equal to 255 characters */
      message: string;
    };
    ProblemSchema: {
      /**
       * Format: uri
       * @description Stable per kind of error.
       * @example urn:todo-api:problem:not-found
       */
      type: string;
      /** @example Not Found */
      title: string;
      /**
       * Format: int32
       * @example 404
       */
      status: number;
      /** @example No such resource. */
      detail: string;
      /** @description Only on 422. */
      errors?: components['schemas']['FieldErrorSchema'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Requests this client may make in the current window of the route's limit. */
    'X-RateLimit-Limit': number;
    /** @description Requests left in the current window. */
    'X-RateLimit-Remaining': number;
    /** @description Seconds until the current window ends. */
    'X-RateLimit-Reset': number;
    /** @description Seconds to wait before trying again. */
    'Retry-After': number;
    /** @description The request's Origin, when it is one of the configured CORS origins; absent otherwise. */
    'Access-Control-Allow-Origin': string;
    /** @description The request's id in the server's logs: the client's own `X-Request-Id` when it sent a sane one. */
    'X-Request-Id': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      /** @description Account created and signed in; `Location` names the account. */
      201: {
        headers: {
          /** @description The new account, read with the access token: `/api/auth/me`. */
          Location: '/api/auth/me';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The email is already registered. */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with existing data."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Signed in: a new session. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      /** @description A new pair; the refresh token sent is spent. Within the grace period, a spent token sent again gets the same refresh token as the first answer. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is over; its access and refresh tokens no longer work. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description `type` urn:todo-api:problem:not-revocable: the token comes from the external sign-in service; it has no session here and cannot be ended here (sign out at the service; the token works until it expires). */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-revocable",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "This token comes from your sign-in service and has no session here: sign out there. It works here until it expires."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  AccountController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  AccountController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeleteAccountDto'];
      };
    };
    responses: {
      /** @description The account, its sessions and all its tasks are deleted. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  AccountController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  AccountController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed; every other session of the user has ended, this one goes on. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description `type` urn:todo-api:problem:no-password: the account signs in with the external sign-in service and has no password. */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:no-password",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "This account signs in with your sign-in service and has no password here."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  SessionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller's active sessions, most recently used first (at most 100). */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionResponse'][];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  SessionsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is over; its tokens no longer work. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  PersonalAccessTokensController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonalAccessTokenResponse'][];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  PersonalAccessTokensController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTokenDto'];
      };
    };
    responses: {
      /** @description Created; `Location` names the token. Keep `token` now: it is never shown again. */
      201: {
        headers: {
          /** @description The new token: /api/auth/tokens/{id}. */
          Location?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedPersonalAccessTokenResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description You already have 20 tokens; delete one first. Or (`type` urn:todo-api:problem:no-personal-tokens) the caller signed in with the external sign-in service: its users cannot create tokens. */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with existing data."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  PersonalAccessTokensController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; the token no longer works. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        /** @description Only completed (`true`) or only open (`false`) tasks. */
        completed?: boolean;
        priority?: 'none' | 'low' | 'medium' | 'high';
        /** @description Tasks carrying this tag (case-insensitive). */
        tag?: string;
        /** @description Case-insensitive text in the title or description; `%` and `_` match themselves. */
        q?: string;
        /** @description Tasks due before this time (exclusive). ISO 8601 with a zone, like `2026-12-01T00:00:00.000Z`; a bare date means midnight UTC. */
        dueBefore?: string;
        /** @description Tasks due at or after this time. ISO 8601 with a zone, like `2026-12-01T00:00:00.000Z`; a bare date means midnight UTC. */
        dueAfter?: string;
        /** @description `true`: open tasks due before now. `false`: every other task. */
        overdue?: boolean;
        /** @description Open tasks whose reminder is before this time (exclusive). ISO 8601 with a zone, like `2026-12-01T00:00:00.000Z`; a bare date means midnight UTC. */
        remindBefore?: string;
        /** @description Sort key; `-` for descending. Priority orders none < low < medium < high; title is case-insensitive; tasks without a due date come last in both directions. Ties are broken by id. */
        sort?:
          | 'createdAt'
          | '-createdAt'
          | 'updatedAt'
          | '-updatedAt'
          | 'dueAt'
          | '-dueAt'
          | 'priority'
          | '-priority'
          | 'title'
          | '-title';
        limit?: number;
        /** @description Opaque; the `nextCursor` of the previous page, with the same filters and sort. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskDto'];
      };
    };
    responses: {
      /** @description Created; `Location` names the new task. */
      201: {
        headers: {
          /** @description The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads). */
          ETag: string;
          /** @description The new task: `/api/tasks/{id}`. */
          Location: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_stats: {
    parameters: {
      query?: {
        /** @description IANA time zone that decides when "today" starts and ends, like `Europe/Paris`. */
        tz?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskStatsResponse'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_findOne: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag`(s) you have: when one is the current version (weak comparison; `*` for any), the answer is a 304 without a body. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description The task id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task. */
      200: {
        headers: {
          /** @description The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads). */
          ETag: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description Not modified: the version you have is the current one. */
      304: {
        headers: {
          /** @description The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads). */
          ETag: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_replace: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only change the task if it is still this version: the `ETag` you last had (`"3"`), or `*` for any version as long as the task exists. Otherwise nothing changes and the answer is a 412. Without it, the last write wins. */
        'If-Match'?: string;
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The task id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceTaskDto'];
      };
    };
    responses: {
      /** @description The task as replaced. */
      200: {
        headers: {
          /** @description The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads). */
          ETag: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The task is no longer the version `If-Match` names (`type` …`precondition-failed`); the answer carries its current `ETag` when it still exists. */
      412: {
        headers: {
          /** @description The current version, when the task exists. */
          ETag?: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:precondition-failed",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "The task has changed since the version you named."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only change the task if it is still this version: the `ETag` you last had (`"3"`), or `*` for any version as long as the task exists. Otherwise nothing changes and the answer is a 412. Without it, the last write wins. */
        'If-Match'?: string;
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The task id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description In the trash. */
      204: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The task is no longer the version `If-Match` names (`type` …`precondition-failed`); the answer carries its current `ETag` when it still exists. */
      412: {
        headers: {
          /** @description The current version, when the task exists. */
          ETag?: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:precondition-failed",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "The task has changed since the version you named."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-reused",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "This Idempotency-Key was used for another request."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only change the task if it is still this version: the `ETag` you last had (`"3"`), or `*` for any version as long as the task exists. Otherwise nothing changes and the answer is a 412. Without it, the last write wins. */
        'If-Match'?: string;
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The task id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTaskDto'];
      };
    };
    responses: {
      /** @description The task as changed. */
      200: {
        headers: {
          /** @description The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads). */
          ETag: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The task is no longer the version `If-Match` names (`type` …`precondition-failed`); the answer carries its current `ETag` when it still exists. */
      412: {
        headers: {
          /** @description The current version, when the task exists. */
          ETag?: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:precondition-failed",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "The task has changed since the version you named."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TasksController_complete: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only change the task if it is still this version: the `ETag` you last had (`"3"`), or `*` for any version as long as the task exists. Otherwise nothing changes and the answer is a 412. Without it, the last write wins. */
        'If-Match'?: string;
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The task id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CompleteTaskDto'];
      };
    };
    responses: {
      /** @description The task as completed, reopened or moved on. */
      200: {
        headers: {
          /** @description The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads). */
          ETag: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The task is no longer the version `If-Match` names (`type` …`precondition-failed`); the answer carries its current `ETag` when it still exists. */
      412: {
        headers: {
          /** @description The current version, when the task exists. */
          ETag?: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:precondition-failed",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "The task has changed since the version you named."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TrashController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque; the `nextCursor` of the previous page, with the same filters and sort. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrashPage'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TrashController_empty: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trash is empty. */
      204: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-reused",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "This Idempotency-Key was used for another request."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TrashController_restore: {
    parameters: {
      query?: never;
      header?: {
        /** @description Only change the task if it is still this version: the `ETag` you last had (`"3"`), or `*` for any version as long as the task exists. Otherwise nothing changes and the answer is a 412. Without it, the last write wins. */
        'If-Match'?: string;
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The task id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The task, restored. */
      200: {
        headers: {
          /** @description The version of the task, quoted: send it back in `If-Match` (writes) or `If-None-Match` (reads). */
          ETag: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The task is no longer the version `If-Match` names (`type` …`precondition-failed`); the answer carries its current `ETag` when it still exists. */
      412: {
        headers: {
          /** @description The current version, when the task exists. */
          ETag?: string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:precondition-failed",
           *       "title": "Precondition Failed",
           *       "status": 412,
           *       "detail": "The task has changed since the version you named."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-reused",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "This Idempotency-Key was used for another request."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TrashController_purge: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: within 24 hours, the same request with the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of running twice. Keys are your own; a UUID is typical. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description The task id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted for good. */
      204: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:write` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          /** @description `true` when this is the kept answer of an earlier request with the same `Idempotency-Key`. */
          'Idempotent-Replayed'?: 'true';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The first request with this `Idempotency-Key` is still running (`type` …`idempotency-key-in-flight`); retry after `Retry-After` seconds. */
      409: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-in-flight",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key is still running."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Also (`type` …`idempotency-key-reused`) when the `Idempotency-Key` was used for another method, path or body, and (a validation error naming `Idempotency-Key`) when the key is malformed. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:idempotency-key-reused",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "This Idempotency-Key was used for another request."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  TagsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your tags, by name, with how many tasks carry each (the first 1000). */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TagCountResponse'][];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  ChangesFeedController_changes: {
    parameters: {
      query?: {
        /** @description The `cursor` of the previous answer. Without it, a full sync: every task, then the cursor to follow. */
        since?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangesPage'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The cursor is older than the changes kept (`type` …`sync-expired`): sync again without it. */
      410: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:sync-expired",
           *       "title": "Gone",
           *       "status": 410,
           *       "detail": "Changes this old are no longer kept; sync again from the start (without a cursor)."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  McpController_stream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The Bearer challenge. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description MCP messages are sent with POST. */
      405: {
        headers: {
          /** @description POST */
          Allow?: 'POST';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:method-not-allowed",
           *       "title": "Method Not Allowed",
           *       "status": 405,
           *       "detail": "This method is not allowed here."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  McpController_handle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A JSON-RPC 2.0 request or notification of MCP. */
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          jsonrpc: '2.0';
        };
      };
    };
    responses: {
      /** @description The JSON-RPC response; tool failures are results with `isError`. */
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            jsonrpc: '2.0';
          };
        };
      };
      /** @description A notification was taken; it has no response. */
      202: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked token; `WWW-Authenticate: Bearer resource_metadata="…"` names the protected resource metadata (RFC 9728). */
      401: {
        headers: {
          /** @description The Bearer challenge. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without `tasks:read`, or calling a tool that writes without `tasks:write`. `WWW-Authenticate: Bearer error="insufficient_scope", scope="…", resource_metadata="…"`. */
      403: {
        headers: {
          /** @description The Bearer challenge. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  McpController_end: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The Bearer challenge. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description MCP messages are sent with POST. */
      405: {
        headers: {
          /** @description POST */
          Allow?: 'POST';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:method-not-allowed",
           *       "title": "Method Not Allowed",
           *       "status": 405,
           *       "detail": "This method is not allowed here."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  ProtectedResourceController_metadata: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProtectedResourceMetadata'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  WebhooksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookResponse'][];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  WebhooksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookDto'];
      };
    };
    responses: {
      /** @description Registered; `Location` names it. Keep `secret` now: it is never shown again. */
      201: {
        headers: {
          /** @description The new webhook: /api/webhooks/{id}. */
          Location?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhookResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description You already have 10 webhooks; delete one first. */
      409: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:conflict",
           *       "title": "Conflict",
           *       "status": 409,
           *       "detail": "The request conflicts with existing data."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  WebhooksController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted, with its deliveries. */
      204: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  WebhooksController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWebhookDto'];
      };
    };
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  WebhooksController_deliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryResponse'][];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Not one of your resources (including a malformed id). */
      404: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-found",
           *       "title": "Not Found",
           *       "status": 404,
           *       "detail": "No such resource."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  LiveEventsController_stream: {
    parameters: {
      query?: {
        /** @description Resume after this event id (or a changes-feed `cursor`): what was missed first, then live events. A `Last-Event-ID` header wins over it. Without either: live events from now on. */
        since?: string;
        /** @description A ticket from `POST /api/events/ticket`, for `EventSource`, which cannot send headers. Single use. An access token here is never accepted. */
        ticket?: string;
      };
      header?: {
        /** @description Resume after this event id. */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event stream; it stays open until one of the ends above. */
      200: {
        headers: {
          /** @description `no`: proxies that honour it (nginx) pass each event on at once. */
          'X-Accel-Buffering'?: 'no';
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example retry: 3000
           *
           *     id: AQ.x3Jc0_VdW9Qz1m4Lk8Yb2w
           *     event: task.changed
           *     data: {"op":"delete","id":"7c0e…","deletedAt":"2026-11-28T21:00:00.000Z"}
           *
           *     :
           */
          'text/event-stream': string;
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token without the `tasks:read` scope. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description `type` urn:todo-api:problem:not-acceptable: the request does not accept `text/event-stream`. */
      406: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:not-acceptable",
           *       "title": "Not Acceptable",
           *       "status": 406,
           *       "detail": "This is a stream of Server-Sent Events: ask with Accept: text/event-stream."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Validation failed; `errors` names each field. */
      422: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:validation",
           *       "title": "Unprocessable Content",
           *       "status": 422,
           *       "detail": "The request did not pass validation.",
           *       "errors": [
           *         {
           *           "field": "title",
           *           "message": "title should not be empty"
           *         }
           *       ]
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests, or already the most open streams for your account; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  LiveEventsController_ticket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          /** @description The stream to open with this ticket: /api/events?ticket={ticket}. */
          Location?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventTicketResponse'];
        };
      };
      /** @description The body is not valid JSON. */
      400: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:bad-request",
           *       "title": "Bad Request",
           *       "status": 400,
           *       "detail": "The request could not be read."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Missing, malformed, expired or revoked access token (or wrong credentials). Sent with `WWW-Authenticate: Bearer`. */
      401: {
        headers: {
          /** @description The scheme to authenticate with: `Bearer`. */
          'WWW-Authenticate': string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unauthorized",
           *       "title": "Unauthorized",
           *       "status": 401,
           *       "detail": "A valid bearer access token is required."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description A personal access token: this operation takes only the access token of a signed-in session. */
      403: {
        headers: {
          /** @description `Bearer error="insufficient_scope"`, with `scope="…"` naming the scope the operation needs. */
          'WWW-Authenticate'?: string;
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:insufficient-scope",
           *       "title": "Forbidden",
           *       "status": 403,
           *       "detail": "This token does not have the scope this request needs."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is larger than 100 KB. */
      413: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:payload-too-large",
           *       "title": "Payload Too Large",
           *       "status": 413,
           *       "detail": "The request body is larger than 100 KB."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The body is not JSON: send `Content-Type: application/json`. */
      415: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unsupported-media-type",
           *       "title": "Unsupported Media Type",
           *       "status": 415,
           *       "detail": "Send the request body as application/json."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthStatus'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessStatus'];
        };
      };
      /** @description Too many requests; see `Retry-After`. */
      429: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:too-many-requests",
           *       "title": "Too Many Requests",
           *       "status": 429,
           *       "detail": "Too many requests; retry later."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description An unexpected error; it is logged with the request id, and the answer says nothing more. */
      500: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:internal",
           *       "title": "Internal Server Error",
           *       "status": 500,
           *       "detail": "Something went wrong on our side."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
      /** @description The database is unreachable; retry shortly. */
      503: {
        headers: {
          'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
          'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
          'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
          'Access-Control-Allow-Origin': components['headers']['Access-Control-Allow-Origin'];
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:todo-api:problem:unavailable",
           *       "title": "Service Unavailable",
           *       "status": 503,
           *       "detail": "The service is temporarily unavailable; retry shortly."
           *     }
           */
          'application/problem+json': components['schemas']['ProblemSchema'];
        };
      };
    };
  };
}
