import { createTodoClient } from '../../../client';

/** One step of the flow as the page saw it: the status, or the error the browser gave instead. */
export interface Step {
  step: string;
  status?: number;
  error?: string;
  data?: unknown;
  location?: string | null;
}

/** What an SPA does on its first day, from this page's origin to the API's, through CORS. */
async function runFlow(baseUrl: string, email: string, password: string): Promise<Step[]> {
  const steps: Step[] = [];
  const todo = createTodoClient({ baseUrl });
  const { api } = todo;
  async function step<T extends { response: Response; data?: unknown; error?: unknown }>(
    name: string,
    call: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      const result = await call();
      steps.push({
        step: name,
        status: result.response.status,
        data: result.data ?? result.error,
        location: result.response.headers.get('Location'),
      });
      return result;
    } catch (error) {
      steps.push({ step: name, error: String(error) });
      return undefined;
    }
  }

  const registered = await step('register', () => api.POST('/api/auth/register', { body: { email, password } }));
  if (!registered?.data) return steps;
  todo.signIn(registered.data);
  const created = await step('create', () =>
    api.POST('/api/tasks', { body: { title: 'From the browser', tags: ['spa'] } }),
  );
  if (!created?.data) return steps;
  const id = created.data.id;
  await step('update', () =>
    api.PATCH('/api/tasks/{id}', {
      params: { path: { id } },
      body: { title: 'Edited in the browser', priority: 'high' },
    }),
  );
  await step('list', () => api.GET('/api/tasks', { params: { query: { tag: 'spa' } } }));
  await step('delete', () => api.DELETE('/api/tasks/{id}', { params: { path: { id } } }));
  await step('list after delete', () => api.GET('/api/tasks'));
  await step('logout', () => api.POST('/api/auth/logout'));
  await step('after logout', () => api.GET('/api/tasks'));
  return steps;
}

/** From a foreign origin: every answer, public or not, must stay unreadable. */
async function tryToRead(baseUrl: string, accessToken: string): Promise<Step[]> {
  const attempts: [string, RequestInit, string][] = [
    ['health', {}, '/api/health'],
    ['register', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }, '/api/auth/register'],
    ['list with a token', { headers: { Authorization: `Bearer ${accessToken}` } }, '/api/tasks'],
  ];
  const steps: Step[] = [];
  for (const [name, init, path] of attempts) {
    try {
      const response = await fetch(`${baseUrl}${path}`, init);
      steps.push({ step: name, status: response.status, data: await response.text() });
    } catch (error) {
      steps.push({ step: name, error: String(error) });
    }
  }
  return steps;
}

Object.assign(globalThis, { runFlow, tryToRead });
