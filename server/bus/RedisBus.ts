/**
 * Fan-out between relay processes over Redis pub/sub: one channel per board, binary payloads
 * (busCodec.ts), separate publisher and subscriber connections (a subscribed connection can
 * run no other command).
 *
 * Pub/sub is fire-and-forget, so messages are lost while Redis or a connection is down. That
 * is fine here: every update is already durable in the shared store before it is published,
 * and after any possible gap (subscription live, reconnect) the bus calls `onGap`, upon which
 * the relay exchanges state vectors with the other nodes and they send what is missing.
 * Publishing while disconnected is therefore dropped on purpose, rather than queued without
 * bound during a long outage.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log';
import { BusCodecError, decodeBusMessage, encodeBusMessage } from './busCodec';
import type { BusMessage, RoomBus } from './RoomBus';

/** Where Redis is and how this bus names its channels. */
export interface RedisBusOptions {
  /** redis://[:password@]host:port[/db] */
  url: string;
  log: Logger;
  /** Prepended to every channel name; lets several deployments (or test runs) share a Redis. */
  prefix?: string;
  /** Passed to ioredis over our defaults (tests shorten the retry delay). */
  redis?: RedisOptions;
}

interface Subscriber {
  node: string;
  handler: (message: BusMessage) => void;
  onGap?: () => void;
}

/** The RoomBus for several relay processes; see the file comment for how losses are handled. */
export class RedisBus implements RoomBus {
  readonly kind = 'redis';
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly log: Logger;
  private readonly boards = new Map<string, Set<Subscriber>>();
  /** Why the bus is down, or null while both connections are ready. */
  private lastError: Error | null = null;
  private closed = false;

  constructor(options: RedisBusOptions) {
    this.prefix = options.prefix ?? 'stratboard:';
    this.log = options.log.child({ bus: 'redis', redis: safeAddress(options.url) });
    const connectionOptions: RedisOptions = {
      // Commands fail fast while disconnected instead of piling up (see the file comment).
      enableOfflineQueue: false,
      // We resubscribe ourselves on `ready`, so we know when channels are live again.
      autoResubscribe: false,
      maxRetriesPerRequest: 1,
      ...options.redis,
    };
    this.publisher = new Redis(options.url, { ...connectionOptions, connectionName: 'stratboard-pub' });
    this.subscriber = new Redis(options.url, { ...connectionOptions, connectionName: 'stratboard-sub' });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) => this.down(error));
      // A dropped connection is not always an 'error' (Redis restarted and came back quickly).
      connection.on('close', () => this.lastError ?? this.down(new Error('connection to Redis lost')));
      connection.on('ready', () => this.up());
    }
    this.subscriber.on('ready', () => void this.resubscribeAll());
    this.subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) => this.receive(channel, payload));
  }

  publish(message: BusMessage): void {
    if (this.closed || this.publisher.status !== 'ready') return;
    // ioredis sends a Buffer as is: the payload stays binary end to end.
    const payload = Buffer.from(encodeBusMessage(message));
    this.publisher.publish(this.channel(message.boardId), payload).catch((error: Error) => this.down(error));
  }

  subscribe(boardId: string, node: string, handler: (message: BusMessage) => void, onGap?: () => void): () => void {
    let subscribers = this.boards.get(boardId);
    const first = !subscribers;
    if (!subscribers) this.boards.set(boardId, (subscribers = new Set()));
    const subscriber: Subscriber = { node, handler, onGap };
    subscribers.add(subscriber);
    if (first) {
      void this.subscribeChannels([boardId]);
    } else if (this.subscriber.status === 'ready') {
      // The channel is (being) subscribed already; the newcomer still has to catch up.
      queueMicrotask(() => this.gap(subscriber));
    }
    return () => {
      subscribers.delete(subscriber);
      if (subscribers.size > 0 || this.boards.get(boardId) !== subscribers) return;
      this.boards.delete(boardId);
      if (this.subscriber.status === 'ready') this.subscriber.unsubscribe(this.channel(boardId)).catch(() => {});
    };
  }

  async ping(): Promise<void> {
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') {
      throw new Error(`Redis is not reachable: ${this.lastError?.message ?? `connection ${this.publisher.status}`}`);
    }
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.boards.clear();
    await Promise.all([this.publisher, this.subscriber].map((connection) => closeConnection(connection)));
  }

  private channel(boardId: string): string {
    return `${this.prefix}board:${boardId}`;
  }

  /** SUBSCRIBEs, and once Redis confirms, tells the boards' subscribers they may have missed something. */
  private async subscribeChannels(boardIds: string[]): Promise<void> {
    if (boardIds.length === 0 || this.subscriber.status !== 'ready') return;
    try {
      await this.subscriber.subscribe(...boardIds.map((id) => this.channel(id)));
    } catch (error) {
      // Disconnected meanwhile: `ready` will resubscribe everything.
      this.down(error as Error);
      return;
    }
    for (const boardId of boardIds) {
      for (const subscriber of this.boards.get(boardId) ?? []) this.gap(subscriber);
    }
  }

  private resubscribeAll(): Promise<void> {
    return this.subscribeChannels([...this.boards.keys()]);
  }

  private receive(channel: Buffer, payload: Buffer): void {
    const boardId = channel.toString('utf8').slice(this.prefix.length + 'board:'.length);
    const subscribers = this.boards.get(boardId);
    if (!subscribers) return;
    let message: BusMessage;
    try {
      // Copied: the parser may reuse the memory behind `payload`, and Yjs keeps slices of updates.
      message = decodeBusMessage(new Uint8Array(payload));
    } catch (error) {
      this.log.warn({ err: error, boardId, bytes: payload.length }, error instanceof BusCodecError ? 'dropped a bus message' : 'bus message failed');
      return;
    }
    if (message.boardId !== boardId) return;
    for (const subscriber of [...subscribers]) {
      if (subscriber.node === message.node) continue;
      try {
        subscriber.handler(message);
      } catch (error) {
        // One bad message must not stop delivery to other boards (or crash ioredis' parser).
        this.log.error({ err: error, boardId, kind: message.kind }, 'bus message handler failed');
      }
    }
  }

  private gap(subscriber: Subscriber): void {
    try {
      subscriber.onGap?.();
    } catch (error) {
      this.log.error({ err: error }, 'bus gap handler failed');
    }
  }

  /** Logs once per outage, not on every retry. */
  private down(error: Error): void {
    if (this.closed) return;
    if (this.lastError === null) {
      this.log.error({ err: error }, 'Redis bus unreachable: edits are still accepted and saved here; other nodes catch up once it is back (retrying)');
    }
    this.lastError = error;
  }

  private up(): void {
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') return;
    if (this.lastError !== null) this.log.info('Redis bus reconnected; repairing boards');
    this.lastError = null;
  }
}

async function closeConnection(connection: Redis): Promise<void> {
  if (connection.status === 'ready') {
    try {
      await connection.quit();
      return;
    } catch {
      // Fall through: closing must not hang or throw because Redis went away.
    }
  }
  connection.disconnect();
}

/** host:port of a Redis URL, without credentials, for logs and /healthz. */
function safeAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(invalid Redis URL)';
  }
}
