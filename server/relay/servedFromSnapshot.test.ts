/**
 * A board stored as one compacted snapshot is served to its first joiner as those very bytes
 * (DocRoom.load), not encoded again; anything more than the snapshot is encoded as before.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncStep1, encodeUpdate } from '../../shared/protocol/messages';
import { initBoardContent } from '../../shared/board/meta';
import { MemoryStore } from '../store/MemoryStore';
import { createTestRelay, docFromMessages, noteUpdate, readNote, settle, writeNote } from '../test/testRelay';

const BOARD = 'board-compacted';
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/** A board at the current schema (loading it migrates nothing) with notes, one of them deleted, compacted into a snapshot. */
async function compactedStore(): Promise<{ store: MemoryStore; writer: Y.Doc }> {
  const store = new MemoryStore();
  const writer = new Y.Doc({ gc: false });
  initBoardContent(writer, { title: 'После перезапуска', locale: 'ru', template: 'blank', createdAt: 1 });
  for (let i = 0; i < 5; i++) writeNote(writer, `k${i}`, `значение ${i}`);
  writer.getMap('cards').delete('k4');
  await store.append([{ doc: BOARD, update: Y.encodeStateAsUpdate(writer) }]);
  await store.compact(BOARD);
  return { store, writer };
}

/** The payload of the first sync step 2 the client received. */
function stepTwo(socket: ReturnType<ReturnType<typeof createTestRelay>['client']>): Uint8Array {
  const reply = socket.messages().find((message) => message.type === 'sync-step-2');
  if (reply?.type !== 'sync-step-2') throw new Error('no sync step 2');
  return reply.update;
}

describe('a board loaded from a compacted snapshot', () => {
  it('serves the stored snapshot itself to a joiner that has nothing, holding what the board holds', async () => {
    const { store } = await compactedStore();
    const [snapshot] = (await store.load(BOARD)).updates;
    const { relay, client } = createTestRelay({ store });
    const viewer = client(BOARD, 'viewer');
    viewer.send(encodeSyncStep1(EMPTY_STATE_VECTOR));
    await settle();
    expect(stepTwo(viewer)).toEqual(snapshot);
    const served = docFromMessages(viewer);
    await relay.withBoard(BOARD, (board) => {
      expect(Y.encodeStateVector(served)).toEqual(Y.encodeStateVector(board.content.doc));
      expect(served.getMap('cards').toJSON()).toEqual(board.content.doc.getMap('cards').toJSON());
    });
    expect(readNote(served, 'k3')).toBe('значение 3');
    expect(readNote(served, 'k4')).toBeUndefined();
  });

  it('does not encode the board for it: a snapshot laid out otherwise than Yjs would encode it is sent as stored', async () => {
    const { store, writer } = await compactedStore();
    const [snapshot] = (await store.load(BOARD)).updates;
    // The same state, but with the deleted note's text still in it (the writer does not collect
    // garbage): encoding the loaded board would leave that text out.
    const asStored = Y.encodeStateAsUpdate(writer);
    expect(asStored).not.toEqual(snapshot);
    const stored = Object.assign(Object.create(store) as MemoryStore, {
      load: async () => ({ updates: [asStored], logLength: 0 }),
    });
    const { client } = createTestRelay({ store: stored });
    const viewer = client(BOARD, 'viewer');
    viewer.send(encodeSyncStep1(EMPTY_STATE_VECTOR));
    await settle();
    expect(stepTwo(viewer)).toEqual(asStored);
  });

  it('encodes the board when its log has updates after the snapshot', async () => {
    const { store, writer } = await compactedStore();
    await store.append([{ doc: BOARD, update: noteUpdate('k5', 'после снимка', writer) }]);
    const { client } = createTestRelay({ store });
    const viewer = client(BOARD, 'viewer');
    viewer.send(encodeSyncStep1(EMPTY_STATE_VECTOR));
    await settle();
    expect(readNote(docFromMessages(viewer), 'k5')).toBe('после снимка');
  });

  it('serves a change made after loading, not the snapshot', async () => {
    const { store, writer } = await compactedStore();
    const { client } = createTestRelay({ store });
    const editor = client(BOARD, 'editor');
    editor.send(encodeSyncStep1(Y.encodeStateVector(writer)));
    editor.send(encodeUpdate(noteUpdate('k6', 'после загрузки', writer)));
    await settle();
    const viewer = client(BOARD, 'viewer');
    viewer.send(encodeSyncStep1(EMPTY_STATE_VECTOR));
    await settle();
    expect(readNote(docFromMessages(viewer), 'k6')).toBe('после загрузки');
    expect(await store.logLength(BOARD)).toBe(1);
  });

  // Another node's durable edit reaches this node's bus subscription before the store answers:
  // one Yjs integrates at once, one it holds until the stored items it builds on arrive, and a
  // deletion of stored items.
  const fromOtherNode = [
    {
      edit: 'a note of a new writer',
      update: () => noteUpdate('k8', 'новый автор'),
      check: (served: Y.Doc) => readNote(served, 'k8') === 'новый автор',
    },
    {
      edit: 'a note building on stored ones',
      update: (writer: Y.Doc) => noteUpdate('k7', 'с другого узла', writer),
      check: (served: Y.Doc) => readNote(served, 'k7') === 'с другого узла',
    },
    {
      edit: 'a deletion',
      update: (writer: Y.Doc) => captureUpdate(writer, () => writer.getMap('cards').delete('k0')),
      check: (served: Y.Doc) => readNote(served, 'k0') === undefined,
    },
  ];
  for (const { edit, update, check } of fromOtherNode) {
    it(`serves ${edit} another node published while the store was being read`, async () => {
      const { store, writer } = await compactedStore();
      const { client, bus } = createTestRelay({ store });
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      const load = store.load.bind(store);
      store.load = async (doc) => {
        await answered;
        return load(doc);
      };
      const viewer = client(BOARD, 'viewer');
      bus.publish({ kind: 'update', boardId: BOARD, doc: 'content', update: update(writer), node: 'other-node' });
      await settle();
      answer();
      viewer.send(encodeSyncStep1(EMPTY_STATE_VECTOR));
      await settle();
      const served = new Y.Doc();
      Y.applyUpdate(served, stepTwo(viewer));
      expect(check(served)).toBe(true);
      expect(readNote(served, 'k1')).toBe('значение 1');
    });
  }
});

/** What `change` writes to `doc`, as one update. */
function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  return Y.mergeUpdates(updates);
}
