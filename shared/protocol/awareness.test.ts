import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { decodeAwarenessUpdate, MAX_AWARENESS_STATE_CHARS } from './awareness';
import { ProtocolError } from './messages';

function rawAwareness(entries: Array<[number, number, string]>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [id, clock, json] of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

describe('decodeAwarenessUpdate', () => {
  it('decodes what y-protocols encodes, including a departure', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Ольга', color: '#e11' } });
    const [entry] = decodeAwarenessUpdate(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    expect(entry).toMatchObject({ clientId: doc.clientID, state: { user: { name: 'Ольга' } } });
    awareness.setLocalState(null);
    const [gone] = decodeAwarenessUpdate(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    expect(gone?.state).toBeNull();
    awareness.destroy();
  });

  it.each([
    ['invalid JSON', rawAwareness([[1, 1, '{nope']])],
    ['an array state', rawAwareness([[1, 1, '[1,2]']])],
    ['a string state', rawAwareness([[1, 1, '"x"']])],
    ['an oversized state', rawAwareness([[1, 1, JSON.stringify({ s: 'x'.repeat(MAX_AWARENESS_STATE_CHARS) })]])],
    ['a truncated update', new Uint8Array([2, 1, 1])],
  ])('rejects %s', (_name, update) => {
    expect(() => decodeAwarenessUpdate(update)).toThrow(ProtocolError);
  });
});
