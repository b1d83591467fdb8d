import { describe, expect, it } from 'vitest';
import { BUS_PROTOCOL_VERSION, BusCodecError, decodeBusMessage, encodeBusMessage } from './busCodec';
import type { BusMessage } from './RoomBus';

/** Every byte value, so a text encoding anywhere on the way would show. */
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

const samples: BusMessage[] = [
  { kind: 'update', boardId: 'b1', doc: 'content', update: ALL_BYTES, node: 'n1' },
  { kind: 'awareness', boardId: 'доска', doc: 'session', update: new Uint8Array([0, 255, 0]), node: 'n2' },
  { kind: 'link-rotated', boardId: 'b1', role: 'viewer', linkHash: 'a'.repeat(64), node: 'n1' },
  { kind: 'state', boardId: 'b1', doc: 'private', stateVector: new Uint8Array([1, 2]), digest: ALL_BYTES.slice(0, 32), reply: true, node: 'n1' },
  { kind: 'repair', boardId: 'b1', doc: 'content', update: ALL_BYTES, to: 'n2', node: 'n1' },
  { kind: 'board-deleted', boardId: 'b1', node: 'n1' },
];

describe('bus codec', () => {
  it.each(samples.map((message) => [message.kind, message] as const))('round-trips %s byte for byte', (_, message) => {
    expect(decodeBusMessage(encodeBusMessage(message))).toEqual(message);
  });

  it('starts every message with the protocol version', () => {
    expect(encodeBusMessage(samples[0]!)[0]).toBe(BUS_PROTOCOL_VERSION);
  });

  it('rejects another version, an unknown kind, truncation and trailing bytes', () => {
    const good = encodeBusMessage(samples[0]!);
    const otherVersion = good.slice();
    otherVersion[0] = BUS_PROTOCOL_VERSION + 1;
    const unknownKind = good.slice();
    unknownKind[1] = 99;
    for (const bad of [otherVersion, unknownKind, good.slice(0, good.length - 1), new Uint8Array([...good, 0]), new Uint8Array()]) {
      expect(() => decodeBusMessage(bad)).toThrow(BusCodecError);
    }
  });
});
