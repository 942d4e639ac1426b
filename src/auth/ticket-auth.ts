/**
 * Marks the one route a browser's EventSource opens, which cannot send headers: without an
 * `Authorization` header, the bearer guard leaves a `?ticket=` to the route's own ticket guard
 * (see src/events/event-ticket.guard.ts), which spends it or answers the same 401.
 */
export const TICKET_AUTH_KEY = 'ticketAuth';
