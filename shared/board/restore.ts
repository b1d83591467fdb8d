/**
 * Restoring a version: make the live content document equal to a snapshot of it, as one
 * ordinary local transaction. Being local and origin-less, it syncs like any edit and the
 * participant's Y.UndoManager can take it back with one undo.
 *
 * The walk is generic over Y structures rather than over card or lane fields, so fields added
 * to the schema later are restored without touching this file.
 */
import { equalityDeep } from 'lib0/function';
import * as Y from 'yjs';
import { CONTENT } from './keys';

/**
 * Makes `live`'s content (meta, lanes, cards, comments, groups) equal to `snapshot`'s in ONE
 * transaction on `live`: entities missing from the snapshot are deleted, entities only in the
 * snapshot are added as deep copies, and entities in both are changed in place (differing
 * values set, texts and lists edited), so what did not change keeps its identity and a
 * colleague's concurrent edit of an untouched field survives. `snapshot` is only read.
 *
 * Migrate the snapshot to the current schema first (`migrateContent`), or an old version
 * would bring its old layout back.
 */
export function restoreContent(live: Y.Doc, snapshot: Y.Doc): void {
  live.transact(() => {
    for (const name of Object.values(CONTENT)) syncMap(live.getMap<unknown>(name), snapshot.getMap<unknown>(name));
  });
}

function syncMap(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) {
    if (!source.has(key)) target.delete(key);
  }
  source.forEach((wanted, key) => {
    const current = target.get(key);
    if (wanted instanceof Y.Map && current instanceof Y.Map) syncMap(current, wanted);
    else if (wanted instanceof Y.Text && current instanceof Y.Text) syncText(current, wanted);
    else if (wanted instanceof Y.Array && current instanceof Y.Array) syncArray(current, wanted);
    else if (!sameValue(current, wanted) || !target.has(key)) target.set(key, copyOf(wanted));
  });
}

/**
 * Edits only the differing middle of a plain text, so the characters around it keep their
 * identity (a colleague typing there at the same moment keeps their place). Formatted text or
 * embeds are replaced whole: rare in a board, and a diff of formats is not worth it.
 */
function syncText(target: Y.Text, source: Y.Text): void {
  const wanted = source.toDelta() as Array<{ insert: unknown; attributes?: object }>;
  const current = target.toDelta() as Array<{ insert: unknown; attributes?: object }>;
  if (equalityDeep(wanted, current)) return;
  const plain = (delta: typeof wanted) => delta.every((op) => typeof op.insert === 'string' && op.attributes === undefined);
  if (!plain(wanted) || !plain(current)) {
    target.delete(0, target.length);
    target.applyDelta(wanted.map((op) => ({ ...op, insert: copyOf(op.insert) })));
    return;
  }
  const [from, to] = [target.toString(), source.toString()];
  const { start, removed, inserted } = middle([...from], [...to], (a, b) => a === b);
  // Offsets in UTF-16 units, like Y.Text's own; `middle` compared code points so that a
  // surrogate pair is never split.
  const at = [...from].slice(0, start).join('').length;
  const removedLength = removed.join('').length;
  if (removedLength > 0) target.delete(at, removedLength);
  if (inserted.length > 0) target.insert(at, inserted.join(''));
}

/** Same idea for lists: elements equal at both ends stay, the middle is replaced. */
function syncArray(target: Y.Array<unknown>, source: Y.Array<unknown>): void {
  const { start, removed, inserted } = middle(target.toArray(), source.toArray(), sameValue);
  if (removed.length > 0) target.delete(start, removed.length);
  if (inserted.length > 0) target.insert(start, inserted.map(copyOf));
}

/** The differing middle of two sequences: after their common prefix, before their common suffix. */
function middle<T>(from: T[], to: T[], equal: (a: T, b: T) => boolean) {
  let start = 0;
  while (start < from.length && start < to.length && equal(from[start]!, to[start]!)) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && equal(from[from.length - 1 - end]!, to[to.length - 1 - end]!)) end++;
  return { start, removed: from.slice(start, from.length - end), inserted: to.slice(start, to.length - end) };
}

/** Equal plain values. Shared types never count as equal here: they are synced, not compared. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  return equalityDeep(a, b);
}

/**
 * A value that can go into the live document. A shared type belongs to one document and can
 * be inserted only once, so it is cloned (deeply: nested maps, texts and lists too). Plain
 * values are immutable once written to Yjs, so they can be shared as they are.
 */
function copyOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}
