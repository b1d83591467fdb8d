import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import {
  decodeMessage,
  encodeAwareness,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  ProtocolError,
} from './messages';

/** Frames exactly as the stock y-websocket provider writes them. */
function providerFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('decodeMessage', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('a', 1);
  const update = Y.encodeStateAsUpdate(doc);

  it('reads the sync messages a stock provider sends', () => {
    const step1 = providerFrame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    });
    expect(decodeMessage(step1)).toEqual({ type: 'sync-step-1', stateVector: Y.encodeStateVector(doc) });

    const step2 = providerFrame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep2(e, doc);
    });
    const decoded = decodeMessage(step2);
    expect(decoded.type).toBe('sync-step-2');

    const incremental = providerFrame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, update);
    });
    expect(decodeMessage(incremental)).toEqual({ type: 'update', update });
  });

  it('reads awareness and query-awareness', () => {
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ name: 'Анна' });
    const awarenessUpdate = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    expect(decodeMessage(encodeAwareness(awarenessUpdate))).toEqual({ type: 'awareness', update: awarenessUpdate });
    expect(decodeMessage(encodeQueryAwareness())).toEqual({ type: 'query-awareness' });
    awareness.destroy();
  });

  it('round-trips every encoder', () => {
    const sv = Y.encodeStateVector(doc);
    expect(decodeMessage(encodeSyncStep1(sv))).toEqual({ type: 'sync-step-1', stateVector: sv });
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ type: 'sync-step-2', update });
    expect(decodeMessage(encodeUpdate(update))).toEqual({ type: 'update', update });
    expect(decodeMessage(encodePermissionDenied('read only'))).toEqual({ type: 'permission-denied', reason: 'read only' });
  });

  it('produces frames a stock provider understands', () => {
    const other = new Y.Doc();
    // Skip the message type (0) and let y-protocols read the sync message into a doc.
    const d = decoding.createDecoder(encodeUpdate(update));
    expect(decoding.readVarUint(d)).toBe(0);
    syncProtocol.readSyncMessage(d, encoding.createEncoder(), other, null);
    expect(other.getMap('m').get('a')).toBe(1);
  });

  it.each([
    ['empty frame', []],
    ['unknown message type', [9]],
    ['unknown sync type', [0, 7, 0]],
    ['truncated payload', [0, 2, 10, 1, 2]],
    ['trailing bytes', [3, 0]],
    ['unknown auth type', [2, 5]],
  ])('rejects %s with ProtocolError', (_name, bytes) => {
    expect(() => decodeMessage(new Uint8Array(bytes))).toThrow(ProtocolError);
  });
});
