/**
 * Presence of several fake participants in one awareness message, as y-protocols encodes an
 * update (count, then client id, clock and JSON state each): the relay lets one connection
 * publish a few presence ids, so one frame carries them all.
 */
import * as encoding from 'lib0/encoding';

const AWARENESS = 1;

export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

export function awarenessFrameOf(entries: readonly PresenceEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, AWARENESS);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}
