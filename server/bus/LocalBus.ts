import type { BusMessage, RoomBus } from './RoomBus';

type Subscriber = { node: string; handler: (message: BusMessage) => void };

/**
 * In-process bus. A single server needs no fan-out between nodes, but several relays in one
 * process (tests of multi-node behaviour) share one LocalBus exactly as they would share Redis.
 * It never loses a message, so it never reports a gap (`onGap` is not called).
 */
export class LocalBus implements RoomBus {
  readonly kind = 'local';
  private readonly subscribers = new Map<string, Set<Subscriber>>();

  publish(message: BusMessage): void {
    const subscribers = this.subscribers.get(message.boardId);
    if (!subscribers) return;
    for (const subscriber of [...subscribers]) {
      if (subscriber.node === message.node) continue;
      // Delivered asynchronously, like a network bus, so publishers never re-enter themselves.
      queueMicrotask(() => subscriber.handler(message));
    }
  }

  subscribe(boardId: string, node: string, handler: (message: BusMessage) => void): () => void {
    let subscribers = this.subscribers.get(boardId);
    if (!subscribers) this.subscribers.set(boardId, (subscribers = new Set()));
    const subscriber = { node, handler };
    subscribers.add(subscriber);
    return () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0) this.subscribers.delete(boardId);
    };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.subscribers.clear();
  }
}
