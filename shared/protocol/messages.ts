/**
 * The y-websocket wire protocol as pure functions over `Uint8Array`.
 *
 * A frame is one message: a varuint message type, then its payload. We decode every incoming
 * frame into a tagged union before acting on it, so the relay's handlers never touch a
 * decoder and a malformed frame is detected in one place.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Top-level message types of y-websocket (same numbers as `y-websocket`'s provider). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** Sub-types of a sync message (same numbers as `y-protocols/sync`). */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;
/** The only auth sub-type y-protocols defines. */
const AUTH_PERMISSION_DENIED = 0;

export type RelayMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'permission-denied'; reason: string };

export type RelayMessageType = RelayMessage['type'];

/** A frame that is not a well-formed y-websocket message. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/**
 * Decodes one frame. Throws `ProtocolError` on an unknown type, a truncated payload or
 * trailing bytes (a stock provider always sends exactly one message per frame).
 */
export function decodeMessage(frame: Uint8Array): RelayMessage {
  const decoder = decoding.createDecoder(frame);
  let message: RelayMessage;
  try {
    message = readMessage(decoder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('truncated or malformed message');
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
  return message;
}

function readMessage(decoder: decoding.Decoder): RelayMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SyncType.step1) return { type: 'sync-step-1', stateVector: payload };
      if (syncType === SyncType.step2) return { type: 'sync-step-2', update: payload };
      if (syncType === SyncType.update) return { type: 'update', update: payload };
      throw new ProtocolError(`unknown sync message type ${syncType}`);
    }
    case MessageType.awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { type: 'query-awareness' };
    case MessageType.auth: {
      const authType = decoding.readVarUint(decoder);
      if (authType !== AUTH_PERMISSION_DENIED) throw new ProtocolError(`unknown auth message type ${authType}`);
      return { type: 'permission-denied', reason: decoding.readVarString(decoder) };
    }
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** "Here is my state vector; send me what I miss." */
export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array => encodeSync(SyncType.step1, stateVector);
/** The answer to step 1: everything the asker misses, as one Yjs update. */
export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => encodeSync(SyncType.step2, update);
/** An incremental document update. */
export const encodeUpdate = (update: Uint8Array): Uint8Array => encodeSync(SyncType.update, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeQueryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.queryAwareness);
  return encoding.toUint8Array(encoder);
}

/** Tells a client its write was refused; a stock provider reports it and stays connected. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.auth);
  encoding.writeVarUint(encoder, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}
