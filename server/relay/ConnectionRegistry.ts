/**
 * Every live connection of this relay process: admission against the global and per-address
 * caps (beside the per-board one), and the heartbeat that drops half-open sockets.
 *
 * A socket whose peer vanished without a close (a laptop lid shut, a Wi-Fi hand-over) stays
 * open on our side until TCP gives up, which can take hours. Every `intervalMs` each connection
 * is pinged; one not heard from (no frame, no pong) for `deadAfterMs` is dropped, so a dead
 * peer is gone within about 30 s and its presence with it.
 */
import type { Connection } from './Connection';

export interface RegistryLimits {
  maxConnections: number;
  maxConnectionsPerAddress: number;
  heartbeatIntervalMs: number;
  /** A connection not heard from for this long is dropped. */
  deadAfterMs: number;
}

export class ConnectionRegistry {
  private readonly live = new Set<Connection>();
  private readonly byAddress = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly limits: RegistryLimits,
    private readonly now: () => number = performance.now.bind(performance),
  ) {}

  get size(): number {
    return this.live.size;
  }

  /** Why one more connection from `address` may not open now, or null when it may. */
  refusal(address: string | undefined): string | null {
    if (this.live.size >= this.limits.maxConnections) return 'the server has reached its connection limit; try again later';
    if (address !== undefined && (this.byAddress.get(address) ?? 0) >= this.limits.maxConnectionsPerAddress) {
      return 'too many connections from your network address';
    }
    return null;
  }

  /** Counts a connection until it closes. */
  add(connection: Connection): void {
    this.live.add(connection);
    const address = connection.info.address;
    if (address !== undefined) this.byAddress.set(address, (this.byAddress.get(address) ?? 0) + 1);
    connection.onClose(() => {
      if (!this.live.delete(connection) || address === undefined) return;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    });
    if (!this.timer && this.limits.heartbeatIntervalMs > 0) {
      this.timer = setInterval(() => this.beat(), this.limits.heartbeatIntervalMs);
      this.timer.unref();
    }
  }

  /** One heartbeat: drops the silent, pings the rest. */
  beat(): void {
    const now = this.now();
    for (const connection of [...this.live]) {
      if (now - connection.lastHeard > this.limits.deadAfterMs) connection.terminate();
      else connection.socket.ping();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
