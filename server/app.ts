/**
 * The Hono application: API, WebSocket rooms, operations endpoints and the client, with one
 * error handler that turns every failure into `{error: {code, message}}`.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { UpgradeWebSocket } from 'hono/ws';
import type { WebSocket } from 'ws';
import { AppError, errorBody, httpStatusOf } from './errors';
import { apiRoutes } from './http/apiRoutes';
import { jsonOnly } from './http/jsonOnly';
import { securityHeaders } from './http/securityHeaders';
import { opsRoutes } from './http/opsRoutes';
import { staticRoutes } from './http/staticRoutes';
import { wsRoutes } from './http/wsRoutes';
import { redactUrl } from './log';
import type { ServerDeps } from './ServerDeps';
import { StoreError } from './store/StoreError';

const MAX_API_BODY_BYTES = 1024 * 1024;

export function createApp(deps: ServerDeps, upgradeWebSocket?: UpgradeWebSocket<WebSocket>): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    deps.log.debug({ method: c.req.method, url: redactUrl(c.req.url), status: c.res.status, ms }, 'request');
  });

  // Security headers on every response; a route that sets its own (the printable report) keeps them.
  app.use('*', securityHeaders);
  app.use('/api/*', jsonOnly);
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: (c) => c.json(errorBody('payload-too-large', `request body exceeds ${MAX_API_BODY_BYTES} bytes`), 413),
    }),
  );
  app.route('/api', apiRoutes(deps));
  app.route('/', opsRoutes(deps));
  if (upgradeWebSocket) app.route('/ws', wsRoutes(deps, upgradeWebSocket));
  app.route('/', staticRoutes(deps.config.staticDir));

  app.notFound((c) => c.json(errorBody('not-found', 'not found'), 404));
  app.onError((error, c) => {
    if (error instanceof AppError) {
      return c.json(errorBody(error.reason, error.message), httpStatusOf(error.reason) as 400);
    }
    // Hono's own refusals (a body that is not valid JSON) get the same error shape.
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('invalid-request', error.message), error.status);
    }
    // A store that is down (e.g. PostgreSQL restarting) is worth a retry, not a 500; the
    // details (host, driver message) go to the log and /healthz, not to every client.
    if (error instanceof StoreError && error.reason === 'unavailable') {
      deps.log.warn({ err: error, method: c.req.method, url: redactUrl(c.req.url) }, 'store unavailable');
      return c.json(errorBody('unavailable', 'storage is unavailable; try again shortly'), httpStatusOf('unavailable') as 503);
    }
    deps.log.error({ err: error, method: c.req.method, url: redactUrl(c.req.url) }, 'request failed');
    return c.json(errorBody('internal', 'internal server error'), 500);
  });
  return app;
}
