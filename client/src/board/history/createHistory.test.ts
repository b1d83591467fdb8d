import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, initBoardContent, listCards, listLanes, readBoardContent } from '../../../../shared/board';
import { createHistory } from './createHistory';
import type { VersionInfo } from './historyApi';

/** A board page's content doc and undo manager, set up like BoardContext does. */
function page() {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Сессия', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Умная парковка' });
  const undo = new Y.UndoManager(
    ['lanes', 'cards', 'comments', 'groups', 'meta'].map((name) => doc.getMap(name)),
    { captureTimeout: 400 },
  );
  return { doc, undo };
}

/** The history endpoints, answering from `doc` as if the server had the same content. */
function fakeServer(doc: Y.Doc, options: { failSave?: boolean } = {}) {
  const versions: Array<VersionInfo & { state: Uint8Array }> = [];
  const requests: string[] = [];
  const fetch = vi.fn(async (path: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    requests.push(`${method} ${path}`);
    const [, id] = path.match(/\/versions\/([^/?]+)/) ?? [];
    if (method === 'POST') {
      if (options.failSave) return Response.json({ error: { code: 'unavailable', message: 'store down' } }, { status: 503 });
      const body = JSON.parse(String(init.body)) as { name: string; trigger: VersionInfo['trigger'] };
      const version = { id: `v${versions.length + 1}`, createdAt: versions.length, ...body, state: Y.encodeStateAsUpdate(doc) };
      versions.unshift(version);
      return Response.json({ id: version.id, name: body.name, createdAt: version.createdAt, trigger: body.trigger }, { status: 201 });
    }
    if (id) return new Response(versions.find((v) => v.id === id)!.state.slice());
    return Response.json({ versions: versions.map(({ state: _state, ...info }) => info) });
  });
  vi.stubGlobal('fetch', fetch);
  return { versions, requests };
}

const history = (doc: Y.Doc, undo: Y.UndoManager) =>
  createRoot(() => createHistory({ boardId: 'board-1', token: 'tok', doc, undo, beforeRestoreName: (name) => `Перед восстановлением «${name}»` }));

afterEach(() => vi.unstubAllGlobals());

describe('createHistory', () => {
  it('keeps the current board as a version, restores the chosen one, and one undo brings the newer board back', async () => {
    const { doc, undo } = page();
    const server = fakeServer(doc);
    const h = history(doc, undo);
    expect(await h.save('С парковкой')).toBe(true);
    const saved = readBoardContent(doc);
    const lane = listLanes(doc)[1]!.id;
    addCard(doc, { laneId: lane, title: 'Ветропарк' });
    deleteCard(doc, listCards(doc).find((c) => c.title === 'Умная парковка')!.id);
    const newer = readBoardContent(doc);

    expect(await h.restore(h.versions()![0]!)).toBe(true);
    expect(readBoardContent(doc)).toEqual(saved);
    expect(server.requests).toEqual([
      'POST /api/boards/board-1/versions',
      'GET /api/boards/board-1/versions',
      'GET /api/boards/board-1/versions/v1',
      'POST /api/boards/board-1/versions',
      'GET /api/boards/board-1/versions',
    ]);
    expect(h.versions()!.map((v) => [v.name, v.trigger])).toEqual([
      ['Перед восстановлением «С парковкой»', 'restore'],
      ['С парковкой', 'manual'],
    ]);
    // The version kept before the restore holds the newer board.
    const kept = new Y.Doc();
    Y.applyUpdate(kept, server.versions[0]!.state);
    expect(readBoardContent(kept)).toEqual(newer);
    expect(h.restored()?.version.name).toBe('С парковкой');

    h.undoRestore();
    expect(readBoardContent(doc)).toEqual(newer);
    expect(h.restored()).toBeNull();
  });

  it('withdraws the Undo offer once anything else becomes the last step', async () => {
    const { doc, undo } = page();
    fakeServer(doc);
    const h = history(doc, undo);
    await h.save('Старая');
    await h.restore(h.versions()![0]!);
    expect(h.restored()).not.toBeNull();
    addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'После восстановления' });
    expect(h.restored()).toBeNull();
  });

  it('touches nothing when the current board could not be kept first', async () => {
    const { doc, undo } = page();
    const h = history(doc, undo);
    fakeServer(doc);
    await h.save('Старая');
    const version = h.versions()![0]!;
    addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Новая' });
    const before = readBoardContent(doc);
    fakeServer(doc, { failSave: true }).versions.push({ ...version, state: new Uint8Array([0, 0]) });
    expect(await h.restore(version)).toBe(false);
    expect(h.error()).toBe('store down');
    expect(readBoardContent(doc)).toEqual(before);
  });
});
