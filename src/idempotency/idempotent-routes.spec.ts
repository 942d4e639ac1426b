import { RequestMethod, type Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { AuthModule } from '../auth/auth.module';
import { LiveEventsModule } from '../events/live-events.module';
import { HealthModule } from '../health/health.module';
import { McpModule } from '../mcp/mcp.module';
import { TasksModule } from '../tasks/tasks.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { IdempotencyInterceptor, isIdempotentRoute } from './idempotency.interceptor';

const MODULES = [AuthModule, TasksModule, LiveEventsModule, HealthModule, McpModule, WebhooksModule];

const join = (...parts: (string | undefined)[]) =>
  '/' +
  parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter(Boolean)
    .join('/');

/** Every route of the app's controllers: method, path under /api, and the interceptors it carries. */
function routes() {
  const controllers = MODULES.flatMap(
    (module) => (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Type[],
  );
  return controllers.flatMap((controller) => {
    const prefix = Reflect.getMetadata(PATH_METADATA, controller) as string;
    const methods = Object.getOwnPropertyNames(controller.prototype).filter((name) => name !== 'constructor');
    return methods.flatMap((name) => {
      const handler = controller.prototype[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const interceptors = [
        ...((Reflect.getMetadata(INTERCEPTORS_METADATA, controller) as unknown[]) ?? []),
        ...((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) as unknown[]) ?? []),
      ];
      return [
        {
          route: `${RequestMethod[method]} ${join('api', prefix, Reflect.getMetadata(PATH_METADATA, handler))}`,
          method: RequestMethod[method],
          path: join('api', prefix, Reflect.getMetadata(PATH_METADATA, handler)),
          idempotent: interceptors.includes(IdempotencyInterceptor),
        },
      ];
    });
  });
}

describe('idempotent routes', () => {
  const all = routes();

  it('finds the task writes among the routes', () => {
    expect(all.filter((r) => r.idempotent).map((r) => r.route)).toEqual(
      expect.arrayContaining(['POST /api/tasks', 'PATCH /api/tasks/:id', 'DELETE /api/tasks/trash']),
    );
  });

  it('puts the interceptor on exactly the routes that take Idempotency-Key, and on no read', () => {
    const mismatched = all
      .filter((r) => r.idempotent !== isIdempotentRoute(r.method, r.path))
      .map((r) => `${r.route}: ${r.idempotent ? 'has the interceptor but takes no key' : 'takes a key but lacks it'}`);
    expect(mismatched).toEqual([]);
    expect(all.filter((r) => r.method === 'GET' && r.idempotent)).toEqual([]);
  });
});
