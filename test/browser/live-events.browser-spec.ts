import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser } from 'playwright-core';
import { createTask, createTestApp, registerUser } from '../support/test-app';
import { launchChromium, servePage, type PageServer } from './browser';

interface Received {
  type: string;
  lastEventId: string;
  data: unknown;
}

describe("a page's EventSource, opened with a ticket", () => {
  let browser: Browser;
  let page: PageServer;
  let app: NestFastifyApplication;
  let api: string;

  beforeAll(async () => {
    page = await servePage('');
    app = await createTestApp({ CORS_ORIGINS: page.origin });
    await app.listen(0, '127.0.0.1');
    api = await app.getUrl();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await page?.close();
  });

  it('receives a task.changed event for a task written elsewhere', async () => {
    const user = await registerUser(app);
    const tab = await browser.newPage();
    await tab.goto(page.origin);
    // The page asks for a ticket with its bearer token, then opens the stream as EventSource does:
    // no Authorization header, the ticket in the URL.
    const opened = await tab.evaluate(
      async ([base, token]) => {
        const res = await fetch(`${base}/api/events/ticket`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        });
        const { ticket } = (await res.json()) as { ticket: string };
        const received: Received[] = [];
        const source = new EventSource(`${base}/api/events?ticket=${encodeURIComponent(ticket)}`);
        source.addEventListener('task.changed', (event) => {
          const message = event as MessageEvent;
          received.push({
            type: message.type,
            lastEventId: message.lastEventId,
            data: JSON.parse(message.data as string),
          });
        });
        Object.assign(globalThis, { received, source });
        await new Promise<void>((resolve, reject) => {
          source.onopen = () => resolve();
          source.onerror = () => reject(new Error(`EventSource failed (readyState ${source.readyState})`));
        });
        return res.status;
      },
      [api, user.accessToken],
    );
    expect(opened).toBe(201);

    const task = await createTask(app, user, { title: 'seen by the page' });
    await tab.waitForFunction(() => (globalThis as unknown as { received: Received[] }).received.length > 0);
    const received = await tab.evaluate(() => {
      const { received, source } = globalThis as unknown as { received: Received[]; source: EventSource };
      source.close();
      return received;
    });
    await tab.close();
    expect(received).toEqual([
      {
        type: 'task.changed',
        lastEventId: expect.any(String),
        data: { op: 'upsert', task: expect.objectContaining({ id: task.id, title: 'seen by the page' }) },
      },
    ]);
  });
});
