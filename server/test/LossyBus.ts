/**
 * A LocalBus that can lose messages and report gaps like a networked bus: `down = true`
 * drops everything published, `reconnect()` calls every subscriber's `onGap`. Makes the
 * repair protocol testable without Redis and without timing.
 */
import { LocalBus } from '../bus/LocalBus';
import type { BusMessage, RoomBus } from '../bus/RoomBus';

export class LossyBus implements RoomBus {
  readonly kind = 'lossy';
  down = false;
  readonly published: BusMessage[] = [];
  private readonly inner = new LocalBus();
  private readonly gapHandlers = new Set<() => void>();

  publish(message: BusMessage): void {
    if (this.down) return;
    this.published.push(message);
    this.inner.publish(message);
  }

  subscribe(boardId: string, node: string, handler: (message: BusMessage) => void, onGap?: () => void): () => void {
    const unsubscribe = this.inner.subscribe(boardId, node, handler);
    if (onGap) this.gapHandlers.add(onGap);
    return () => {
      unsubscribe();
      if (onGap) this.gapHandlers.delete(onGap);
    };
  }

  /** The bus is back: every subscriber may have missed messages. */
  reconnect(): void {
    this.down = false;
    for (const onGap of this.gapHandlers) onGap();
  }

  async ping(): Promise<void> {
    if (this.down) throw new Error('lossy bus is down');
  }

  async close(): Promise<void> {
    await this.inner.close();
  }
}
