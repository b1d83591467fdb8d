/**
 * Repairs what the bus lost, the y-protocols sync handshake run between relay nodes:
 * a node publishes a `state` (sync step 1) for a document; every node whose state differs
 * answers with a `repair` (sync step 2) holding what the asker lacks, and asks back once.
 *
 * Safe to repeat at any time: Yjs updates are idempotent, and only what is durable is ever
 * sent (a repair waits behind pending commits, exactly like a sync reply to a client), so the
 * receiver applies it with the bus origin and does not persist it again.
 */
import { createHash } from 'node:crypto';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { BusMessage } from '../bus/RoomBus';
import type { DocRoom } from './DocRoom';
import type { RoomContext } from './RoomContext';

type StateMessage = Extract<BusMessage, { kind: 'state' }>;

const digests = new WeakMap<Y.Doc, Uint8Array>();

/**
 * SHA-256 over the state vector and the delete set. Both encodings are canonical (Yjs sorts
 * clients and merges adjacent deletions), so equal documents give equal digests whatever
 * order their updates arrived in. Cached until the document changes.
 */
export function stateDigest(doc: Y.Doc): Uint8Array {
  const cached = digests.get(doc);
  if (cached) return cached;
  const stateVector = Y.encodeStateVector(doc);
  // An update relative to our own state vector carries no structs: only the delete set.
  const deleteSet = Y.encodeStateAsUpdate(doc, stateVector);
  const digest = new Uint8Array(createHash('sha256').update(stateVector).update(deleteSet).digest());
  digests.set(doc, digest);
  doc.once('update', () => digests.delete(doc));
  return digest;
}

/** Publishes what this node has of the room's document (sync step 1 to every other node). */
export function publishState(room: DocRoom, ctx: RoomContext, reply = false): void {
  if (room.doc.isDestroyed) return;
  ctx.bus.publish({
    kind: 'state',
    boardId: room.boardId,
    doc: room.kind,
    stateVector: Y.encodeStateVector(room.doc),
    digest: stateDigest(room.doc),
    reply,
    node: ctx.nodeId,
  });
}

/** Re-announces the presence of this node's own clients, which other nodes may have missed. */
export function publishLocalAwareness(room: DocRoom, ctx: RoomContext): void {
  const ids = [...room.connections].flatMap((connection) => [...connection.awarenessIds]);
  const present = ids.filter((id) => room.awareness.getStates().has(id));
  if (present.length === 0) return;
  const update = awarenessProtocol.encodeAwarenessUpdate(room.awareness, present);
  ctx.bus.publish({ kind: 'awareness', boardId: room.boardId, doc: room.kind, update, node: ctx.nodeId });
}

/** Another node's `state`: send what it lacks if we differ, and ask back unless it was a reply. */
export function answerState(room: DocRoom, ctx: RoomContext, message: StateMessage): void {
  if (room.doc.isDestroyed || sameBytes(stateDigest(room.doc), message.digest)) return;
  let update: Uint8Array;
  try {
    update = Y.encodeStateAsUpdate(room.doc, message.stateVector);
  } catch (error) {
    ctx.log.warn({ err: error, doc: room.name, from: message.node }, 'ignored a malformed state vector from the bus');
    return;
  }
  ctx.metrics.busRepairs.inc({ direction: 'sent' });
  // Our document may hold updates still being committed: answer once they are durable, and
  // not at all if the board was evicted meanwhile (its commit failed).
  ctx.pipeline.afterPending(room.boardId, () => {
    if (room.doc.isDestroyed) return;
    ctx.bus.publish({ kind: 'repair', boardId: room.boardId, doc: room.kind, update, to: message.node, node: ctx.nodeId });
  });
  if (!message.reply) publishState(room, ctx, true);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
