/**
 * Starts a Stratboard server on given adapters: HTTP + WebSocket on one port. Used by the
 * entry point and by integration tests (port 0).
 */
// Zod's English messages for every refusal the server words.
import '../shared/board/schema/englishMessages';
import type { AddressInfo } from 'node:net';
import { serve, upgradeWebSocket } from '@hono/node-server';
import type { UpgradeWebSocket } from 'hono/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { createBoardSummaries } from './admin/boardSummaries';
import { type RetentionTiming, scheduleRetention } from './admin/retention';
import { createApp } from './app';
import type { RoomBus } from './bus/RoomBus';
import type { Config } from './config';
import type { Logger } from './log';
import { createMetrics } from './metrics';
import { Relay } from './relay/Relay';
import type { ServerDeps } from './ServerDeps';
import type { DocStore } from './store/DocStore';

export interface RunningServer {
  /** http://host:port */
  readonly url: string;
  readonly port: number;
  readonly deps: ServerDeps;
  /** Graceful stop: close sockets, commit, compact, close the store and the bus. */
  close(): Promise<void>;
}

export interface ServerParts {
  store: DocStore;
  bus: RoomBus;
  log: Logger;
  nodeId?: string;
  /** See RelayOptions.busRepairIntervalMs; 0 or unset for the LocalBus. */
  busRepairIntervalMs?: number;
  /** With `retainDays`: when retention passes run (default: 30 s after start, then hourly). */
  retentionTiming?: RetentionTiming;
}

/** Frames up to this multiple of the limit get our 4413 close; beyond it `ws` itself cuts them off. */
const HARD_FRAME_LIMIT_FACTOR = 4;

export async function startServer(config: Config, parts: ServerParts): Promise<RunningServer> {
  const { store, bus, log } = parts;
  const metrics = createMetrics({ defaultMetrics: true });
  const relay = new Relay({
    store,
    bus,
    metrics,
    log,
    maxFrameBytes: config.maxFrameBytes,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBytesPerSecond: config.maxBytesPerSecond,
    maxConnectionsPerBoard: config.maxConnectionsPerBoard,
    maxConnections: config.maxConnections,
    maxConnectionsPerAddress: config.maxConnectionsPerIp,
    compactAfterUpdates: config.compactAfterUpdates,
    unloadDelayMs: config.unloadDelayMs,
    nodeId: parts.nodeId,
    busRepairIntervalMs: parts.busRepairIntervalMs,
  });
  const deps: ServerDeps = { config, store, bus, relay, metrics, log };
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxFrameBytes * HARD_FRAME_LIMIT_FACTOR });
  const app = createApp(deps, upgradeWebSocket as unknown as UpgradeWebSocket<WebSocket>);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const stopRetention = config.retainDays === undefined ? () => {} : startRetention(config.retainDays, relay, store, log, parts.retentionTiming);
  let closing: Promise<void> | null = null;

  return {
    url: `http://${host}:${port}`,
    port,
    deps,
    close: () =>
      (closing ??= (async () => {
        stopRetention();
        await relay.shutdown();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        wss.close();
        await bus.close();
        await store.close();
      })()),
  };
}

/** Retention passes: the first once a restart's reconnections have settled, then hourly. */
const RETENTION_TIMING: RetentionTiming = { firstDelayMs: 30_000, intervalMs: 60 * 60 * 1000 };

function startRetention(retainDays: number, relay: Relay, store: DocStore, log: Logger, timing = RETENTION_TIMING): () => void {
  const summaries = createBoardSummaries(store);
  log.info({ retainDays }, 'retention is on: boards without activity for this many days are deleted');
  return scheduleRetention(
    {
      list: () => summaries.list(),
      // Someone connected is using the board, whatever its last write says: it stays.
      remove: async (id) => relay.connectionCount(id) === 0 && (await relay.deleteBoard(id)),
      retainDays,
      now: Date.now,
      log,
    },
    timing,
  );
}
