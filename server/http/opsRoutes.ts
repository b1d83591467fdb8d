/**
 * Operations endpoints: `/healthz` (store and bus reachable) and `/metrics` (Prometheus).
 *
 * `/healthz` answers anyone, so it says only which adapter failed; why (a host name, a driver
 * message) goes to the log, where operators look and visitors cannot.
 */
import { Hono } from 'hono';
import type { ServerDeps } from '../ServerDeps';

const PING_TIMEOUT_MS = 2000;

type Check = { ok: true } | { ok: false; error: unknown };

async function check(ping: () => Promise<void>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([ping(), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

export function opsRoutes(deps: ServerDeps): Hono {
  const app = new Hono();

  /** The public part of one check; a failure is logged with its details. */
  const report = (part: 'store' | 'bus', kind: string, result: Check) => {
    if (!result.ok) deps.log.warn({ err: result.error, [part]: kind }, `health check: the ${part} (${kind}) does not answer`);
    return { kind, ok: result.ok };
  };

  app.get('/healthz', async (c) => {
    const [store, bus] = await Promise.all([check(() => deps.store.ping()), check(() => deps.bus.ping())]);
    const ok = store.ok && bus.ok;
    const body = { status: ok ? 'ok' : 'unavailable', store: report('store', deps.store.kind, store), bus: report('bus', deps.bus.kind, bus) };
    return c.json(body, ok ? 200 : 503);
  });
  app.get('/metrics', async (c) => {
    const body = await deps.metrics.registry.metrics();
    return c.body(body, 200, { 'content-type': deps.metrics.registry.contentType });
  });
  return app;
}
