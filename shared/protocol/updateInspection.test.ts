import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addLane, deleteCard, initBoardContent, listLanes, spliceDescription, updateCard, type CardId } from '../board';
import { InspectionError, inspectUpdate } from './updateInspection';

/** A server document with one lane and a replica (a client) in sync with it. */
function boardPair() {
  const server = new Y.Doc();
  initBoardContent(server, { title: 'Калуга 2030', locale: 'ru', template: 'blank', createdAt: 1 });
  addLane(server, { title: 'Городская среда' });
  const client = new Y.Doc({ gc: false });
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client, laneId: listLanes(server)[0]!.id };
}

/** The update a change on `client` produces, relative to what `server` has. */
function changeOf(client: Y.Doc, server: Y.Doc, change: () => void): Uint8Array {
  change();
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
}

const paths = (list: ReadonlyArray<{ path: ReadonlyArray<string | null> }>) => list.map((entry) => entry.path.join('/'));

describe('inspectUpdate', () => {
  it('places every struct of a new card under the card, field by field', () => {
    const { server, client, laneId } = boardPair();
    let id = '' as CardId;
    const update = changeOf(client, server, () => {
      id = addCard(client, { laneId, title: 'Умная парковка', author: 'Анна' });
    });
    const inspection = inspectUpdate(server, update);
    expect(paths(inspection.inserted)).toEqual(
      expect.arrayContaining([`cards/${id}`, `cards/${id}/title`, `cards/${id}/pos`, `cards/${id}/description`, `cards/${id}/author`]),
    );
    const title = inspection.inserted.find((entry) => entry.path.join('/') === `cards/${id}/title`)!;
    expect(title.content).toEqual({ kind: 'value', values: ['Умная парковка'] });
    expect(inspection.inserted.find((entry) => entry.path.join('/') === `cards/${id}`)!.content.kind).toBe('map');
    expect(inspection.deleted).toEqual([]);
    expect(inspection.newClients).toEqual([client.clientID]);
  });

  it('sees an overwritten field as an insert and the old value as deleted', () => {
    const { server, client, laneId } = boardPair();
    const id = addCard(client, { laneId, title: 'Старое название', author: 'Анна' });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const update = changeOf(client, server, () => updateCard(client, id, { title: 'Новое название' }));
    const inspection = inspectUpdate(server, update);
    expect(paths(inspection.inserted)).toEqual(expect.arrayContaining([`cards/${id}/title`, `cards/${id}/updatedAt`]));
    expect(paths(inspection.deleted)).toEqual(expect.arrayContaining([`cards/${id}/title`, `cards/${id}/updatedAt`]));
    expect(inspection.newClients).toEqual([]);
  });

  it('places typed characters in the description, however many edits they came in', () => {
    const { server, client, laneId } = boardPair();
    const id = addCard(client, { laneId, title: 'ИИ-система раннего предупреждения аварий', author: 'Анна' });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const before = Y.encodeStateVector(server);
    // One keystroke per transaction, as offline typing would be sent later in one step 2.
    for (const [i, ch] of [...'датчики'].entries()) spliceDescription(client, id, i, 0, ch);
    spliceDescription(client, id, 0, 2, '');
    const inspection = inspectUpdate(server, Y.encodeStateAsUpdate(client, before));
    expect(new Set(paths(inspection.inserted.filter((entry) => entry.content.kind === 'string')))).toEqual(new Set([`cards/${id}/description/`]));
    expect(inspection.inserted.filter((entry) => entry.content.kind === 'string').some((entry) => entry.deletedHere)).toBe(true);
  });

  it('marks exactly the new structs that the same update deletes again', () => {
    const { server, client, laneId } = boardPair();
    const before = Y.encodeStateVector(server);
    const ids = Array.from({ length: 30 }, (_, i) => addCard(client, { laneId, title: `Пешеходный переход у школы № ${i + 1}`, author: 'Анна' }));
    for (const [i, id] of ids.entries()) if (i % 3 === 0) deleteCard(client, id);
    for (const [i, id] of ids.entries()) if (i % 3 === 1) updateCard(client, id, { title: `Переход № ${i + 1}, светофор с кнопкой` });
    const update = Y.encodeStateAsUpdate(client, before);
    // What each struct should say, found the slow way: does any deletion range overlap it?
    const decoded = Y.decodeUpdate(update);
    const ranges = decoded.ds.clients.get(client.clientID) ?? [];
    const expected = new Set(
      decoded.structs
        .filter((struct) => ranges.some(({ clock, len }) => struct.id.clock < clock + len && struct.id.clock + struct.length > clock))
        .map((struct) => struct.id.clock),
    );
    const inspection = inspectUpdate(server, update);
    const marked = new Set(inspection.inserted.filter((entry) => entry.deletedHere).map((entry) => entry.id.clock));
    expect(ranges.length).toBeGreaterThan(10);
    expect(marked.size).toBeGreaterThan(0);
    expect(marked).toEqual(new Set([...expected].filter((clock) => inspection.inserted.some((entry) => entry.id.clock === clock))));
  });

  it('names a deleted card as the card itself', () => {
    const { server, client, laneId } = boardPair();
    const id = addCard(client, { laneId, title: 'Ветропарк', author: 'Анна' });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const update = changeOf(client, server, () => deleteCard(client, id));
    const inspection = inspectUpdate(server, update);
    expect(inspection.deleted.find((entry) => entry.path.join('/') === `cards/${id}`)).toMatchObject({ type: true });
    expect(inspection.inserted).toEqual([]);
  });

  it('reports unknown top-level types by name', () => {
    const { server, client } = boardPair();
    const update = changeOf(client, server, () => client.getMap('evil').set('x', 1));
    expect(paths(inspectUpdate(server, update).inserted)).toEqual(['evil/x']);
  });

  it('finds nothing new in an update the document already has', () => {
    const { server, client, laneId } = boardPair();
    const update = changeOf(client, server, () => addCard(client, { laneId, title: 'Малотоннажный СПГ', author: 'Анна' }));
    Y.applyUpdate(server, update);
    expect(inspectUpdate(server, update)).toMatchObject({ inserted: [], deleted: [], newClients: [], fresh: 0, overlaps: true });
  });

  it('tells an update of only new structs from one that overlaps what the document has', () => {
    const { server, client, laneId } = boardPair();
    const first = changeOf(client, server, () => addCard(client, { laneId, title: 'Ветропарк', author: 'Анна' }));
    expect(inspectUpdate(server, first)).toMatchObject({ overlaps: false });
    Y.applyUpdate(server, first);
    // A client that missed the server's acknowledgement sends its first card again with the next one.
    addCard(client, { laneId, title: 'Центр аддитивных технологий', author: 'Анна' });
    const both = Y.encodeStateAsUpdate(client);
    const inspection = inspectUpdate(server, both);
    expect(inspection.overlaps).toBe(true);
    expect(inspection.fresh).toBeGreaterThan(0);
    const next = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(inspectUpdate(server, next)).toMatchObject({ overlaps: false });
  });

  it('refuses shared types nested deeper than any record', () => {
    const { server, client } = boardPair();
    const update = changeOf(client, server, () => {
      client.transact(() => {
        let map = new Y.Map<unknown>();
        client.getMap('cards').set('deep', map);
        for (let i = 0; i < 5000; i++) {
          const inner = new Y.Map<unknown>();
          map.set('x', inner);
          map = inner;
        }
      });
    });
    expect(() => inspectUpdate(server, update)).toThrow(/too deep/);
  });

  it('refuses garbage-collected ranges, gaps and updates it cannot decode', () => {
    const { server, laneId } = boardPair();
    const gcClient = new Y.Doc({ gc: true });
    Y.applyUpdate(gcClient, Y.encodeStateAsUpdate(server));
    const id = addCard(gcClient, { laneId, title: 'Цифровой город', author: 'Анна' });
    deleteCard(gcClient, id);
    expect(() => inspectUpdate(server, Y.encodeStateAsUpdate(gcClient, Y.encodeStateVector(server)))).toThrow(/garbage-collected/);

    const client = new Y.Doc({ gc: false });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const first = changeOf(client, server, () => addCard(client, { laneId, title: 'первая', author: 'А' }));
    const second = changeOf(client, server, () => addCard(client, { laneId, title: 'вторая', author: 'А' }));
    Y.applyUpdate(server, first);
    // `second` also holds `first`; what follows it alone starts past what the server has.
    const gap = Y.diffUpdate(Y.encodeStateAsUpdate(client), Y.encodeStateVectorFromUpdate(second));
    addCard(client, { laneId, title: 'третья', author: 'А' });
    const third = Y.diffUpdate(Y.encodeStateAsUpdate(client), Y.encodeStateVectorFromUpdate(Y.mergeUpdates([first, second])));
    expect(gap.length).toBeGreaterThan(0);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    expect(() => inspectUpdate(server, third)).toThrow(/earlier edits/);
    expect(() => inspectUpdate(server, new Uint8Array([1, 2, 3]))).toThrow(InspectionError);
  });

  it('treats an edit beside a garbage-collected struct as inert, as Yjs does', () => {
    const { server, client, laneId } = boardPair();
    const id = addCard(client, { laneId, title: 'Аддитивный центр', author: 'Анна' });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    // Someone else deletes the card on the server; the client, not knowing, types into it.
    deleteCard(server, id);
    const update = changeOf(client, server, () => spliceDescription(client, id, 0, 0, 'поздно'));
    const inspection = inspectUpdate(server, update);
    expect(inspection.inserted).toEqual([]);
  });
});
