/**
 * Prometheus metrics. One registry per server instance (no global default registry), so
 * tests can run several servers in one process.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(options: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'stratboard_' });
  const registers = [registry];
  return {
    registry,
    connections: new Gauge({ name: 'stratboard_connections', help: 'Open WebSocket connections', labelNames: ['doc', 'role'], registers }),
    boardsLoaded: new Gauge({ name: 'stratboard_boards_loaded', help: 'Boards held in memory', registers }),
    messagesIn: new Counter({ name: 'stratboard_messages_in_total', help: 'WebSocket messages received', labelNames: ['type'], registers }),
    messagesOut: new Counter({ name: 'stratboard_messages_out_total', help: 'WebSocket messages sent', registers }),
    rejectedMessages: new Counter({ name: 'stratboard_rejected_messages_total', help: 'Messages refused, by reason', labelNames: ['reason'], registers }),
    storeCommitSeconds: new Histogram({
      name: 'stratboard_store_commit_seconds',
      help: 'Time to durably commit one batch of updates',
      buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    commitBatchSize: new Histogram({
      name: 'stratboard_commit_batch_updates',
      help: 'Updates per durable commit (group commit)',
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
      registers,
    }),
    fanoutSeconds: new Histogram({
      name: 'stratboard_fanout_seconds',
      help: 'From receiving an update to handing it to every other connection',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    updateCheckSeconds: new Histogram({
      name: 'stratboard_update_check_seconds',
      help: 'Time to check one client update against the schema and the sender role before it is applied',
      buckets: [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.005, 0.025, 0.1],
      registers,
    }),
    compactions: new Counter({ name: 'stratboard_compactions_total', help: 'Document compactions', labelNames: ['result'], registers }),
    busRepairs: new Counter({
      name: 'stratboard_bus_repairs_total',
      help: 'State repairs between relay nodes: sent, and received that changed a document (a missed bus message)',
      labelNames: ['direction'],
      registers,
    }),
  };
}
