import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type Task = components['schemas']['TaskResponse'];
export type Tokens = components['schemas']['TokenResponse'];

/** What an SPA keeps of a sign-in: the access token in memory, the refresh token where it chooses. */
export interface Session {
  accessToken: string;
  refreshToken: string;
}

export interface TodoClientOptions {
  /** Where the API is, without `/api`: `https://api.example.com`, or `''` for the page's own origin. */
  baseUrl: string;
  /** A session kept from before (a reload), if any. */
  session?: Session | null;
  /** Called whenever the session changes: signed in, refreshed, or ended (null). */
  onSessionChange?: (session: Session | null) => void;
  fetch?: typeof fetch;
}

export interface TodoClient {
  /** The typed client for every route of the API; it sends the bearer token and refreshes it on a 401. */
  api: Client<paths>;
  session(): Session | null;
  /** Starts using the tokens a register, login or refresh answered with. */
  signIn(tokens: Session): void;
  /** Ends the session on the server (when there is one) and forgets it here. */
  signOut(): Promise<void>;
}

// Routes that take no access token: a 401 there means wrong credentials or a spent refresh token.
const PUBLIC = new Set(['/api/auth/register', '/api/auth/login', '/api/auth/refresh']);

/**
 * A client whose requests carry the access token, and which, when one is answered 401 (the token
 * expired or was revoked), refreshes the pair once and sends the request again. Requests that fail
 * together share one refresh: a refresh token works only once, so a second one would end the session.
 */
export function createTodoClient(options: TodoClientOptions): TodoClient {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let current = options.session ?? null;
  let refreshing: Promise<boolean> | undefined;
  const originals = new Map<string, Request>();

  const setSession = (session: Session | null) => {
    current = session;
    options.onSessionChange?.(session);
  };

  async function refresh(): Promise<boolean> {
    const refreshToken = current?.refreshToken;
    if (!refreshToken) return false;
    const response = await fetchFn(`${options.baseUrl}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    if (response.ok) {
      const tokens = (await response.json()) as Tokens;
      setSession({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
      return true;
    }
    // Only an answer about the token itself ends the session; a 429 or 503 leaves it for a later try.
    if (response.status === 401) setSession(null);
    return false;
  }

  const auth: Middleware = {
    onRequest({ request, schemaPath, id }) {
      if (PUBLIC.has(schemaPath) || !current || request.headers.has('Authorization')) return undefined;
      request.headers.set('Authorization', `Bearer ${current.accessToken}`);
      // The body can be read once; the copy is what a retry sends.
      originals.set(id, request.clone());
      return request;
    },
    async onResponse({ request, response, id }) {
      const original = originals.get(id);
      originals.delete(id);
      if (response.status !== 401 || !original) return undefined;
      const sentWith = request.headers.get('Authorization');
      // Another request may have refreshed while this one was on its way.
      if (current && sentWith === `Bearer ${current.accessToken}`) {
        refreshing ??= refresh().finally(() => (refreshing = undefined));
        if (!(await refreshing)) return undefined;
      }
      if (!current) return undefined;
      const retry = new Request(original, { headers: new Headers(original.headers) });
      retry.headers.set('Authorization', `Bearer ${current.accessToken}`);
      return fetchFn(retry);
    },
  };

  const api = createClient<paths>({ baseUrl: options.baseUrl, fetch: fetchFn });
  api.use(auth);

  return {
    api,
    session: () => current,
    signIn: (tokens) => setSession({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }),
    async signOut() {
      if (current) await api.POST('/api/auth/logout');
      setSession(null);
    },
  };
}
