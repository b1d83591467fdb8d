/**
 * Applying to a room's document while capturing what actually changed. Yjs encodes each
 * transaction's new structs and deletions as an update; that delta, not the bytes a sender
 * sent, is what the relay stores and fans out, so a replay or an overlap with what the room
 * already has costs nothing downstream.
 *
 * Capturing has a price on a busy board: Yjs encodes every transaction again for the listener,
 * reading the whole state vector (one entry per client id the board has ever seen). An update
 * whose inspection found nothing the document already has integrates exactly as sent, so it is
 * applied without the listener and stands as its own delta (`applyAsSent`).
 */
import * as Y from 'yjs';

/** Yjs threw while applying: the document may hold part of the update and must not be served. */
export class ApplyFailed extends Error {
  override readonly name = 'ApplyFailed';
  constructor(override readonly cause: unknown) {
    super(`applying an update failed: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/**
 * Runs `write` (which applies or writes with `origin`) and returns the updates of the
 * transactions it made, in order; empty when nothing changed. Throws `ApplyFailed` when
 * `write` threw after it had changed the document.
 */
export function captureChanges(doc: Y.Doc, origin: unknown, write: () => void): Uint8Array[] {
  const changes: Uint8Array[] = [];
  const collect = (change: Uint8Array, changeOrigin: unknown) => {
    if (origin === undefined || changeOrigin === origin) changes.push(change);
  };
  doc.on('update', collect);
  try {
    write();
  } catch (error) {
    if (changes.length > 0) throw new ApplyFailed(error);
    throw error;
  } finally {
    doc.off('update', collect);
  }
  return changes;
}

/** Applies an update with `origin`; returns the delta it made (null when it changed nothing). */
export function applyCapturing(doc: Y.Doc, update: Uint8Array, origin: unknown): Uint8Array | null {
  let changes: Uint8Array[];
  try {
    changes = captureChanges(doc, origin, () => Y.applyUpdate(doc, update, origin));
  } catch (error) {
    // Yjs may throw after integrating part of the update but before emitting it.
    throw error instanceof ApplyFailed ? error : new ApplyFailed(error);
  }
  if (changes.length === 0) return null;
  return changes.length === 1 ? changes[0]! : Y.mergeUpdates(changes);
}

/**
 * Applies an update known to carry only structs the document lacks, all of whose dependencies
 * it has (`inspectUpdate` found no overlap and no gap): Yjs integrates all of it, so the update
 * is the delta. Throws `ApplyFailed` if Yjs threw, since it may have integrated part of it.
 */
export function applyAsSent(doc: Y.Doc, update: Uint8Array, origin: unknown): Uint8Array {
  try {
    Y.applyUpdate(doc, update, origin);
  } catch (error) {
    throw new ApplyFailed(error);
  }
  return update;
}
