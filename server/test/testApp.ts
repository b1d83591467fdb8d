/**
 * The Hono app on an in-memory store, for HTTP tests through `app.request()`.
 */
import { createApp } from '../app';
import { LocalBus } from '../bus/LocalBus';
import { testConfig, type Config } from '../config';
import { createLogger } from '../log';
import { createMetrics } from '../metrics';
import { Relay } from '../relay/Relay';
import type { ServerDeps } from '../ServerDeps';
import { MemoryStore } from '../store/MemoryStore';

export function createTestApp(overrides: Partial<Config> = {}) {
  const config = testConfig({ unloadDelayMs: 0, ...overrides });
  const store = new MemoryStore();
  const bus = new LocalBus();
  const metrics = createMetrics();
  const log = createLogger(config);
  const relay = new Relay({ store, bus, metrics, log, ...config });
  const deps: ServerDeps = { config, store, bus, relay, metrics, log };
  return { deps, app: createApp(deps) };
}

export const jsonRequest = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const bearer = (token: string, extra: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...extra } });
