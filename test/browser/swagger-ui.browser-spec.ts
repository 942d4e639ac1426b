import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type { Browser, Locator, Page } from 'playwright-core';
import { createTask, createTestApp, registerUser, type TestUser } from '../support/test-app';
import { launchChromium } from './browser';

interface Operation {
  operationId: string;
  tags: string[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type Paths = Record<string, Record<string, Operation>>;

const success = (operation: Operation) => Object.keys(operation.responses).find((s) => /^2\d\d$/.test(s));
const streams = (operation: Operation) =>
  Object.values(operation.responses).some((r) => Object.keys(r.content ?? {}).includes('text/event-stream'));

describe('Swagger UI in Chromium, as it comes', () => {
  let browser: Browser;
  let app: NestFastifyApplication;
  let docs: string;
  let paths: Paths;
  let user: TestUser;
  let task: { id: string };

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    docs = `${await app.getUrl()}/api/docs`;
    paths = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body.paths;
    user = await registerUser(app);
    task = await createTask(app, user, { title: 'my only task' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const block = (page: Page, operation: Operation) =>
    page.locator(`#operations-${operation.tags[0]}-${operation.operationId}`);

  /** Opens an operation, presses "Try it out", fills the path's id when it has one, and executes. */
  async function execute(page: Page, operation: Operation, id?: string): Promise<{ status: string; body: string }> {
    const op = block(page, operation);
    if (!(await op.locator('.try-out__btn').isVisible())) await op.locator('.opblock-summary-control').click();
    const tryOut = op.locator('.try-out__btn');
    if ((await tryOut.textContent())?.includes('Try it out')) await tryOut.click();
    if (id) await op.locator('tr[data-param-name="id"] input').fill(id);
    await op.locator('.btn.execute').click();
    const status = op.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    const body = op.locator('.live-responses-table tbody .response-col_description pre').first();
    return { status: (await status.textContent())!.trim(), body: (await textOf(body)) ?? '' };
  }

  const textOf = async (locator: Locator) => ((await locator.count()) ? locator.textContent() : undefined);

  async function authorize(page: Page, token: string): Promise<void> {
    await page.locator('.auth-wrapper .btn.authorize').click();
    await page.locator('.auth-container input').first().fill(token);
    await page.locator('.auth-btn-wrapper .btn.modal-btn.auth.authorize').click();
    await page.locator('.auth-btn-wrapper .btn-done').click();
  }

  it('signs in through Authorize, and the token survives a reload', async () => {
    const page = await browser.newPage();
    await page.goto(docs);
    const me = paths['/api/auth/me'].get;
    await block(page, me).waitFor();
    await authorize(page, user.accessToken);
    expect((await execute(page, me)).status).toBe('200');

    await page.reload();
    await block(page, me).waitFor();
    const again = await execute(page, me);
    expect(again.status).toBe('200');
    expect(JSON.parse(again.body)).toMatchObject({ id: user.id, email: user.email });
    await page.close();
  });

  it('answers every GET with its documented success, and the list shows the task; the create example creates', async () => {
    const page = await browser.newPage();
    await page.goto(docs);
    await page.locator('.auth-wrapper .btn.authorize').waitFor();
    await authorize(page, user.accessToken);

    const gets = Object.entries(paths).flatMap(([path, methods]) =>
      methods.get &&
      success(methods.get) &&
      !streams(methods.get) &&
      (!path.includes('{') || path === '/api/tasks/{id}')
        ? [{ path, operation: methods.get }]
        : [],
    );
    expect(gets.map((g) => g.path)).toEqual(expect.arrayContaining(['/api/tasks', '/api/tasks/stats', '/api/tags']));
    const answers: string[] = [];
    for (const { path, operation } of gets) {
      const { status, body } = await execute(page, operation, path.includes('{id}') ? task.id : undefined);
      answers.push(`GET ${path} ${status}`);
      if (path === '/api/tasks') expect(JSON.parse(body).items.map((t: { id: string }) => t.id)).toEqual([task.id]);
    }
    expect(answers).toEqual(gets.map(({ path, operation }) => `GET ${path} ${success(operation)}`));

    const create = paths['/api/tasks'].post;
    const created = await execute(page, create);
    expect(created.status).toBe('201');
    const list = await request(app.getHttpServer()).get('/api/tasks').set(user.auth).expect(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0]).toMatchObject({ id: JSON.parse(created.body).id, title: 'Buy milk' });
    await page.close();
  });
});
