/**
 * Operations endpoints: `/healthz` (store and bus reachable) and `/metrics` (Prometheus).
 */
import { Hono } from 'hono';
import type { ServerDeps } from '../ServerDeps';

const PING_TIMEOUT_MS = 2000;

async function check(ping: () => Promise<void>): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([ping(), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export function opsRoutes(deps: ServerDeps): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    const [store, bus] = await Promise.all([check(() => deps.store.ping()), check(() => deps.bus.ping())]);
    const ok = store.ok && bus.ok;
    return c.json({ status: ok ? 'ok' : 'unavailable', store: { kind: deps.store.kind, ...store }, bus: { kind: deps.bus.kind, ...bus } }, ok ? 200 : 503);
  });
  app.get('/metrics', async (c) => {
    const body = await deps.metrics.registry.metrics();
    return c.body(body, 200, { 'content-type': deps.metrics.registry.contentType });
  });
  return app;
}
