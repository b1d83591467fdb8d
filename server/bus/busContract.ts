/**
 * The RoomBus contract: every adapter (local, Redis) runs this same suite. Each fixture gives
 * two bus handles standing for two relay processes (LocalBus: one shared instance).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../test/clients';
import type { BusMessage, RoomBus } from './RoomBus';

/** Two handles on one bus, as two relay processes would hold them. */
export interface BusFixture {
  nodes: [RoomBus, RoomBus];
  /** Whether the bus reports a gap once a subscription is live (a networked bus does). */
  reportsGaps: boolean;
  cleanup: () => Promise<void>;
}

/** Every byte value, so a text encoding anywhere on the way would show. */
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

const update = (boardId: string, node: string, bytes = ALL_BYTES): BusMessage => ({ kind: 'update', boardId, doc: 'content', update: bytes, node });

/** Registers the contract suite for one adapter. */
export function describeRoomBus(name: string, makeBuses: () => Promise<BusFixture>): void {
  describe(`RoomBus contract: ${name}`, () => {
    let fixture: BusFixture;
    beforeEach(async () => {
      fixture = await makeBuses();
    });
    afterEach(() => fixture.cleanup());

    /** Subscribes and resolves once the subscription is live. */
    async function listen(bus: RoomBus, boardId: string, node: string) {
      const received: BusMessage[] = [];
      let live!: () => void;
      const ready = new Promise<void>((resolve) => (live = resolve));
      const unsubscribe = bus.subscribe(boardId, node, (message) => received.push(message), live);
      if (fixture.reportsGaps) await ready;
      return { received, unsubscribe };
    }

    it('carries every kind of message byte for byte to other nodes, never back to the sender', async () => {
      const [bus1, bus2] = fixture.nodes;
      const own = await listen(bus1, 'b1', 'n1');
      const other = await listen(bus2, 'b1', 'n2');
      const sent: BusMessage[] = [
        update('b1', 'n1'),
        { kind: 'awareness', boardId: 'b1', doc: 'session', update: new Uint8Array([0, 255]), node: 'n1' },
        { kind: 'link-rotated', boardId: 'b1', role: 'editor', linkHash: 'e'.repeat(64), node: 'n1' },
        { kind: 'state', boardId: 'b1', doc: 'private', stateVector: new Uint8Array([0]), digest: ALL_BYTES.slice(0, 32), reply: false, node: 'n1' },
        { kind: 'repair', boardId: 'b1', doc: 'content', update: ALL_BYTES, to: 'n2', node: 'n1' },
      ];
      for (const message of sent) bus1.publish(message);
      await eventually(() => expect(other.received).toEqual(sent));
      expect(own.received).toEqual([]);
    });

    it('keeps boards apart and stops delivering after unsubscribe', async () => {
      const [bus1, bus2] = fixture.nodes;
      const first = await listen(bus2, 'b1', 'n2');
      const second = await listen(bus2, 'b2', 'n2');
      bus1.publish(update('b2', 'n1', new Uint8Array([2])));
      await eventually(() => expect(second.received).toHaveLength(1));
      first.unsubscribe();
      bus1.publish(update('b1', 'n1', new Uint8Array([1])));
      bus1.publish(update('b2', 'n1', new Uint8Array([3])));
      await eventually(() => expect(second.received).toHaveLength(2));
      expect(first.received).toEqual([]);
    });

    it('delivers to every other node subscribed to the board, in publish order', async () => {
      const [bus1, bus2] = fixture.nodes;
      const a = await listen(bus2, 'b1', 'n2');
      const b = await listen(bus2, 'b1', 'n3');
      for (let i = 0; i < 50; i++) bus1.publish(update('b1', 'n1', new Uint8Array([i])));
      const order = (received: BusMessage[]) => received.map((m) => (m.kind === 'update' ? m.update[0] : -1));
      await eventually(() => expect(order(a.received)).toEqual(Array.from({ length: 50 }, (_, i) => i)));
      await eventually(() => expect(order(b.received)).toEqual(order(a.received)));
    });

    it('answers ping while reachable', async () => {
      await eventually(() => fixture.nodes[0].ping());
    });
  });
}
