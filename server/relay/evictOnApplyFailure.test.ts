/**
 * Whatever fails while an update is applied (a Yjs bug, a stack overflow half-way through),
 * the board is evicted and comes back from the store: what is served never differs from what
 * is stored. The failure is staged by wrapping the relay's apply step.
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, initBoardContent, listLanes, readBoardContent } from '../../shared/board';
import { metaMap } from '../../shared/board/docMaps';
import { encodeSyncStep1, encodeUpdate } from '../../shared/protocol/messages';
import { MemoryStore } from '../store/MemoryStore';
import { createTestRelay, docFromMessages, settle } from '../test/testRelay';

const failNext = { on: false };

vi.mock('./applyCapturing', async (importOriginal) => {
  const real = await importOriginal<typeof import('./applyCapturing')>();
  // Both ways of applying (capturing the delta, or as sent when it is all new) fail alike.
  const failing =
    <T>(apply: (doc: Y.Doc, update: Uint8Array, origin: unknown) => T) =>
    (doc: Y.Doc, update: Uint8Array, origin: unknown): T => {
      if (!failNext.on) return apply(doc, update, origin);
      failNext.on = false;
      // Half of a change reaches the document, then the apply throws.
      doc.transact(() => metaMap(doc).set('title', 'полу-применено'), origin);
      throw new real.ApplyFailed(new RangeError('Maximum call stack size exceeded'));
    };
  return { ...real, applyCapturing: failing(real.applyCapturing), applyAsSent: failing(real.applyAsSent) };
});

const BOARD = 'board-apply-fails';

describe('a failure while applying', () => {
  it.each([
    ['an update of only new structs', false],
    ['an update that overlaps what the board has', true],
  ])('%s: evicts the board, closes its connections, and serves the stored state again', async (_, overlapping) => {
    const store = new MemoryStore();
    const seed = new Y.Doc();
    initBoardContent(seed, { title: 'Калуга 2030', locale: 'ru', template: 'strategic-session', createdAt: 1 });
    await store.append([{ doc: BOARD, update: Y.encodeStateAsUpdate(seed) }]);
    const { client, relay } = createTestRelay({ store });
    const editor = client(BOARD, 'editor');
    const other = client(BOARD, 'editor');
    await settle();
    const writer = new Y.Doc({ gc: false });
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(seed));
    const before = Y.encodeStateVector(writer);
    addCard(writer, { laneId: listLanes(writer)[0]!.id, title: 'Сломает применение', author: '' });
    failNext.on = true;
    // From nothing, the update carries the whole seed again besides the new card.
    editor.send(encodeUpdate(overlapping ? Y.encodeStateAsUpdate(writer) : Y.encodeStateAsUpdate(writer, before)));
    await settle();
    expect(other.closedWith?.code).toBe(4503);
    expect(editor.closedWith?.code).toBe(4503);
    expect(relay.isLoaded(BOARD)).toBe(false);
    const late = client(BOARD, 'viewer');
    late.send(encodeSyncStep1(new Uint8Array([0])));
    await settle();
    const served = docFromMessages(late);
    expect(readBoardContent(served).meta.title).toBe('Калуга 2030');
    const stored = new Y.Doc();
    for (const update of (await store.load(BOARD)).updates) Y.applyUpdate(stored, update);
    expect(readBoardContent(served)).toEqual(readBoardContent(stored));
  });
});
