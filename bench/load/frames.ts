/**
 * The y-websocket sync protocol spoken minimally, as pure functions over `Uint8Array`, so the
 * load generator can drive hundreds of sockets without a Y.Doc each. Hocuspocus uses the same
 * messages with the document name in front and an auth message first, hence `Framing`.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Protocol = 'yws' | 'hocuspocus';

export interface Framing {
  protocol: Protocol;
  /** Document name; only written on the wire for Hocuspocus. */
  doc: string;
}

const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
export const STEP1 = 0;
export const STEP2 = 1;
export const UPDATE = 2;

function frame(framing: Framing, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (framing.protocol === 'hocuspocus') encoding.writeVarString(encoder, framing.doc);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const syncFrame = (framing: Framing, step: number, payload: Uint8Array) =>
  frame(framing, (e) => {
    encoding.writeVarUint(e, SYNC);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });

/** An awareness update with one client's state, as y-protocols encodes it. */
export const awarenessFrame = (framing: Framing, clientId: number, clock: number, state: unknown) =>
  frame(framing, (e) => {
    encoding.writeVarUint(e, AWARENESS);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });

/** Hocuspocus' token message; its server holds sync messages until this arrives. */
export const hocuspocusAuthFrame = (framing: Framing, token: string) =>
  frame(framing, (e) => {
    encoding.writeVarUint(e, AUTH);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });

/** An empty Yjs update (no structs, empty delete set): the cheapest valid sync step 2. */
export const EMPTY_UPDATE = new Uint8Array([0, 0]);

export type Incoming = { kind: 'sync'; step: number; payload: Uint8Array } | { kind: 'other' };

/** Reads only what the generator needs: sync step and payload; everything else is 'other'. */
export function readIncoming(protocol: Protocol, data: Uint8Array): Incoming {
  try {
    const decoder = decoding.createDecoder(data);
    if (protocol === 'hocuspocus') decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC) return { kind: 'other' };
    const step = decoding.readVarUint(decoder);
    return { kind: 'sync', step, payload: decoding.readVarUint8Array(decoder) };
  } catch {
    return { kind: 'other' };
  }
}
