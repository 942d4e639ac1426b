import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, registerUser, uniqueEmail } from '../support/test-app';
import { bundlePage, launchChromium, servePage, type PageServer } from './browser';
import type { Step } from './page/spa';

declare const runFlow: (baseUrl: string, email: string, password: string) => Promise<Step[]>;
declare const tryToRead: (baseUrl: string, accessToken: string) => Promise<Step[]>;

describe('an SPA in Chromium, using the typed client through CORS', () => {
  let browser: Browser;
  let allowed: PageServer;
  let foreign: PageServer;
  let app: NestFastifyApplication;
  let api: string;

  beforeAll(async () => {
    const script = await bundlePage();
    [allowed, foreign] = await Promise.all([servePage(script), servePage(script)]);
    app = await createTestApp({ CORS_ORIGINS: allowed.origin });
    await app.listen(0, '127.0.0.1');
    api = await app.getUrl();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await Promise.all([allowed?.close(), foreign?.close()]);
  });

  async function open(origin: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => 'runFlow' in globalThis);
    return page;
  }

  it('registers, creates, updates, lists, deletes and logs out from an allowed origin', async () => {
    const page = await open(allowed.origin);
    const email = uniqueEmail('browser');
    const steps = await page.evaluate(([base, e, p]) => runFlow(base, e, p), [api, email, `pw-${randomUUID()}`]);
    await page.close();

    const byName = Object.fromEntries(steps.map((s) => [s.step, s]));
    expect(steps.map((s) => `${s.step} ${s.status ?? s.error}`)).toEqual([
      'register 201',
      'create 201',
      'update 200',
      'list 200',
      'delete 204',
      'list after delete 200',
      'logout 204',
      'after logout 401',
    ]);
    const id = (byName.create.data as { id: string }).id;
    // Location is readable only because the API exposes it to the allowed origin.
    expect(byName.create.location).toBe(`/api/tasks/${id}`);
    expect(byName.update.data).toMatchObject({ id, title: 'Edited in the browser', priority: 'high', tags: ['spa'] });
    expect(byName.list.data).toMatchObject({ items: [{ id, title: 'Edited in the browser' }], nextCursor: null });
    expect(byName['list after delete'].data).toEqual({ items: [], nextCursor: null });
    expect(byName['after logout'].data).toMatchObject({ status: 401 });
  });

  it('lets a page from a foreign origin read no answer at all', async () => {
    const user = await registerUser(app);
    const page = await open(foreign.origin);
    const steps = await page.evaluate(([base, token]) => tryToRead(base, token), [api, user.accessToken]);
    await page.close();
    expect(steps).toEqual([
      { step: 'health', error: expect.stringMatching(/^TypeError: Failed to fetch/) },
      { step: 'register', error: expect.stringMatching(/^TypeError: Failed to fetch/) },
      { step: 'list with a token', error: expect.stringMatching(/^TypeError: Failed to fetch/) },
    ]);
    // The same page from the allowed origin reads them: the refusal is the origin's, not the page's.
    const control = await open(allowed.origin);
    const read = await control.evaluate(([base, token]) => tryToRead(base, token), [api, user.accessToken]);
    await control.close();
    expect(read.map((s) => `${s.step} ${s.status}`)).toEqual(['health 200', 'register 422', 'list with a token 200']);
  });
});
