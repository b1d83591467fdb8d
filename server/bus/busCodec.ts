/**
 * Wire format of bus messages: pure functions over `Uint8Array`, binary-safe (Yjs updates
 * travel as raw bytes, never as base64 or JSON). A version constant leads every message, so
 * nodes of different releases detect each other instead of misreading.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ROLES, type Role } from '../../shared/board/types';
import { unreachable } from '../../shared/unreachable';
import { DOC_KINDS, type DocKind } from '../relay/docNames';
import type { BusMessage, BusMessageKind } from './RoomBus';

/** Bump when the layout changes; messages of another version are dropped. */
export const BUS_PROTOCOL_VERSION = 1;

const KIND_TAGS: readonly BusMessageKind[] = ['update', 'awareness', 'link-rotated', 'state', 'repair', 'board-deleted'];

/** Bytes that are not a bus message of this version. */
export class BusCodecError extends Error {
  override readonly name = 'BusCodecError';
}

/** Encodes one message: version, kind tag, board, sender node, then the kind's fields. */
export function encodeBusMessage(message: BusMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, BUS_PROTOCOL_VERSION);
  encoding.writeVarUint(encoder, KIND_TAGS.indexOf(message.kind));
  encoding.writeVarString(encoder, message.boardId);
  encoding.writeVarString(encoder, message.node);
  switch (message.kind) {
    case 'update':
    case 'awareness':
      encoding.writeVarUint(encoder, DOC_KINDS.indexOf(message.doc));
      encoding.writeVarUint8Array(encoder, message.update);
      break;
    case 'link-rotated':
      encoding.writeVarUint(encoder, ROLES.indexOf(message.role));
      encoding.writeVarString(encoder, message.linkHash);
      break;
    case 'state':
      encoding.writeVarUint(encoder, DOC_KINDS.indexOf(message.doc));
      encoding.writeVarUint8Array(encoder, message.stateVector);
      encoding.writeVarUint8Array(encoder, message.digest);
      encoding.writeUint8(encoder, message.reply ? 1 : 0);
      break;
    case 'repair':
      encoding.writeVarUint(encoder, DOC_KINDS.indexOf(message.doc));
      encoding.writeVarUint8Array(encoder, message.update);
      encoding.writeVarString(encoder, message.to);
      break;
    case 'board-deleted':
      break;
    default:
      unreachable(message);
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes one message; throws `BusCodecError` on another version, an unknown tag or bad bytes. */
export function decodeBusMessage(bytes: Uint8Array): BusMessage {
  try {
    return decode(decoding.createDecoder(bytes));
  } catch (error) {
    if (error instanceof BusCodecError) throw error;
    throw new BusCodecError(`malformed bus message: ${(error as Error).message}`);
  }
}

function decode(decoder: decoding.Decoder): BusMessage {
  const version = decoding.readVarUint(decoder);
  if (version !== BUS_PROTOCOL_VERSION) throw new BusCodecError(`bus protocol version ${version}, expected ${BUS_PROTOCOL_VERSION}`);
  const kind = KIND_TAGS[decoding.readVarUint(decoder)];
  const boardId = decoding.readVarString(decoder);
  const node = decoding.readVarString(decoder);
  let message: BusMessage;
  switch (kind) {
    case 'update':
    case 'awareness':
      message = { kind, boardId, node, doc: readDoc(decoder), update: decoding.readVarUint8Array(decoder) };
      break;
    case 'link-rotated':
      message = { kind, boardId, node, role: readRole(decoder), linkHash: decoding.readVarString(decoder) };
      break;
    case 'state':
      message = {
        kind,
        boardId,
        node,
        doc: readDoc(decoder),
        stateVector: decoding.readVarUint8Array(decoder),
        digest: decoding.readVarUint8Array(decoder),
        reply: decoding.readUint8(decoder) === 1,
      };
      break;
    case 'repair':
      message = { kind, boardId, node, doc: readDoc(decoder), update: decoding.readVarUint8Array(decoder), to: decoding.readVarString(decoder) };
      break;
    case 'board-deleted':
      message = { kind, boardId, node };
      break;
    default:
      throw new BusCodecError('unknown bus message kind');
  }
  if (decoding.hasContent(decoder)) throw new BusCodecError('trailing bytes after bus message');
  return message;
}

function readDoc(decoder: decoding.Decoder): DocKind {
  const doc = DOC_KINDS[decoding.readVarUint(decoder)];
  if (!doc) throw new BusCodecError('unknown document kind');
  return doc;
}

function readRole(decoder: decoding.Decoder): Role {
  const role = ROLES[decoding.readVarUint(decoder)];
  if (!role) throw new BusCodecError('unknown role');
  return role;
}
