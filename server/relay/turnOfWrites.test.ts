/**
 * Client updates received in one turn of the event loop are checked and applied in arrival
 * order inside one transaction (DocRoom.write): each is still judged against the board as the
 * updates before it left it, stored once, and fanned out to everyone but its sender; one that
 * overlaps what the board has is applied alone and only its delta counts.
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { type decodeMessage, encodeSyncStep1, encodeUpdate } from '../../shared/protocol/messages';
import { MemoryStore } from '../store/MemoryStore';
import { createTestRelay, docFromMessages, noteUpdate, readNote, settle } from '../test/testRelay';

const BOARD = 'board-turn-of-writes';

describe('one turn of client writes', () => {
  it('applies every update of the turn in one transaction, each judged, stored and fanned out', async () => {
    const store = new MemoryStore();
    const { client, relay } = createTestRelay({ store });
    const [anna, boris, vera] = [client(BOARD, 'editor'), client(BOARD, 'editor'), client(BOARD, 'editor')];
    const viewer = client(BOARD, 'viewer');
    await settle();
    const transactions = await relay.withBoard(BOARD, (board) => {
      let count = 0;
      board.content.doc.on('afterTransaction', () => count++);
      return () => count;
    });
    const append = vi.spyOn(store, 'append');
    for (const socket of [anna, boris, vera, viewer]) socket.clear();

    const annaDoc = new Y.Doc({ gc: false });
    const first = noteUpdate('parking', 'Умная парковка', annaDoc);
    anna.send(encodeUpdate(first));
    viewer.send(encodeUpdate(noteUpdate('viewer', 'Зритель пишет')));
    boris.send(encodeUpdate(noteUpdate('crossing', 'Умный пешеходный переход')));
    // Anna's next edit carries her first one again (a client that missed the acknowledgement).
    noteUpdate('parking', 'Умная парковка: 200 мест', annaDoc);
    anna.send(encodeUpdate(Y.encodeStateAsUpdate(annaDoc)));
    vera.send(encodeUpdate(noteUpdate('wind', 'Ветропарк')));
    await settle(10);

    // Anna's first note and Boris's shared one transaction, her overlapping update had its own, Vera's came after it.
    expect(transactions()).toBe(3);
    const stored = new Y.Doc();
    for (const update of (await store.load(BOARD)).updates) Y.applyUpdate(stored, update);
    expect(['parking', 'crossing', 'wind', 'viewer'].map((key) => readNote(stored, key))).toEqual([
      'Умная парковка: 200 мест',
      'Умный пешеходный переход',
      'Ветропарк',
      undefined,
    ]);
    // Four accepted updates, four entries; Anna's second stores only what was new in it.
    const entries = append.mock.calls.flatMap(([batch]) => batch).filter((entry) => entry.doc === BOARD);
    expect(entries).toHaveLength(4);
    const replayed = new Y.Doc();
    Y.applyUpdate(replayed, first);
    const before = Y.encodeStateVector(replayed);
    Y.applyUpdate(replayed, entries[3]!.update);
    expect(Y.encodeStateVector(replayed)).not.toEqual(before);
    expect(entries[3]!.update.byteLength).toBeLessThan(Y.encodeStateAsUpdate(annaDoc).byteLength);

    expect(viewer.messages().some((m) => m.type === 'permission-denied')).toBe(true);
    // Each hears the others' notes.
    expect(readNote(docFromMessages(anna), 'crossing')).toBe('Умный пешеходный переход');
    expect(readNote(docFromMessages(boris), 'wind')).toBe('Ветропарк');
    expect(readNote(docFromMessages(vera), 'parking')).toBe('Умная парковка: 200 мест');
    expect(readNote(docFromMessages(viewer), 'parking')).toBe('Умная парковка: 200 мест');
  });

  it('answers a sync step 1 after the updates received before it', async () => {
    const { client } = createTestRelay();
    const anna = client(BOARD, 'editor');
    const late = client(BOARD, 'viewer');
    await settle();
    anna.send(encodeUpdate(noteUpdate('lng', 'Малотоннажный СПГ')));
    late.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await settle(10);
    const reply = late.messages().find((m) => m.type === 'sync-step-2');
    expect(reply).toBeDefined();
    const served = new Y.Doc();
    Y.applyUpdate(served, (reply as Extract<ReturnType<typeof decodeMessage>, { type: 'sync-step-2' }>).update);
    expect(readNote(served, 'lng')).toBe('Малотоннажный СПГ');
  });
});
