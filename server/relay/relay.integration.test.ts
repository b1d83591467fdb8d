/**
 * The relay over real sockets with stock y-websocket providers, as browsers use it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, getCard, isLocked, listCards, listLanes, setLocked, updateCard } from '../../shared/board';
import { encodeSyncStep1, encodeUpdate } from '../../shared/protocol/messages';
import { createTestBoard, eventually, joinBoard, openProvider, RawClient, synced, upgradeStatus, type CreatedTestBoard } from '../test/clients';
import { startTestServer, type TestServer } from '../test/testServer';

let server: TestServer;
let board: CreatedTestBoard;
const cleanups: Array<() => void> = [];

/** A stock provider without a participant identity: its cards carry no author (''). */
function open(room: string, role: 'facilitator' | 'editor' | 'viewer', doc?: Y.Doc, participant?: string) {
  const client = openProvider(server.wsUrl, room, board.token(role), doc, participant);
  cleanups.push(() => client.provider.destroy());
  return client;
}

function raw(room: string, role: 'facilitator' | 'editor' | 'viewer') {
  const client = new RawClient(`${server.wsUrl}/${room}?k=${board.token(role)}`);
  cleanups.push(() => client.close());
  return client;
}

/** Disconnects every client and restarts the server on the same data directory. */
async function restartServer() {
  const dataDir = server.dataDir;
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.close({ keepData: true });
  server = await startTestServer({ dataDir });
}

/** The update a doc produces for one change. */
function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const handler = (u: Uint8Array) => updates.push(u);
  doc.on('update', handler);
  change();
  doc.off('update', handler);
  return Y.mergeUpdates(updates);
}

beforeEach(async () => {
  server = await startTestServer();
  board = await createTestBoard(server.url);
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.close();
});

describe('relay over WebSockets', () => {
  it('converges two editors and a viewer', async () => {
    const anna = await joinBoard(server.url, board.id, board.token('editor'), 'Анна');
    const a = open(board.id, 'editor', undefined, anna);
    const b = open(board.id, 'editor');
    const viewer = open(board.id, 'viewer');
    await Promise.all([synced(a.provider), synced(b.provider), synced(viewer.provider)]);
    const lanes = listLanes(a.doc);
    expect(lanes).toHaveLength(4);
    const card = addCard(a.doc, { laneId: lanes[2]!.id, title: 'Умная парковка', author: 'Анна' });
    await eventually(() => expect(getCard(b.doc, card)?.title).toBe('Умная парковка'));
    updateCard(b.doc, card, { owner: 'Дептранс', status: 'shortlisted' });
    await eventually(() => expect(getCard(a.doc, card)).toMatchObject({ owner: 'Дептранс', status: 'shortlisted' }));
    await eventually(() => expect(getCard(viewer.doc, card)).toMatchObject({ owner: 'Дептранс', status: 'shortlisted' }));
  });

  it('drops a viewer write, tells the viewer, and never persists it', async () => {
    const editor = open(board.id, 'editor');
    const viewer = raw(board.id, 'viewer');
    await viewer.opened;
    await synced(editor.provider);
    const foreign = new Y.Doc();
    Y.applyUpdate(foreign, Y.encodeStateAsUpdate(editor.doc));
    const update = captureUpdate(foreign, () => addCard(foreign, { laneId: listLanes(foreign)[0]!.id, title: 'Взлом', author: '' }));
    viewer.send(encodeUpdate(update));
    await eventually(() => expect(viewer.messages).toContainEqual({ type: 'permission-denied', reason: 'viewers cannot change the board' }));
    expect(viewer.closed).toBeNull();
    // A later update from the editor arrives, proving the viewer's never did.
    const marker = addCard(editor.doc, { laneId: listLanes(editor.doc)[0]!.id, title: 'Маркер', author: '' });
    const late = open(board.id, 'editor');
    await eventually(() => expect(getCard(late.doc, marker)).not.toBeNull());
    expect(listCards(late.doc).map((c) => c.title)).not.toContain('Взлом');
    // And not after a restart either.
    await restartServer();
    const after = open(board.id, 'editor');
    await synced(after.provider);
    expect(listCards(after.doc).map((c) => c.title)).toEqual(['Маркер']);
  });

  it('lets only facilitators write the session document, and the lock binds editors', async () => {
    const facilitatorSession = open(`${board.id}/session`, 'facilitator');
    const editorSession = raw(`${board.id}/session`, 'editor');
    const editor = open(board.id, 'editor');
    const facilitator = open(board.id, 'facilitator');
    await Promise.all([synced(facilitatorSession.provider), synced(editor.provider), synced(facilitator.provider), editorSession.opened]);

    const sneaky = new Y.Doc();
    editorSession.send(encodeUpdate(captureUpdate(sneaky, () => setLocked(sneaky, true))));
    await eventually(() => expect(editorSession.messages).toContainEqual({ type: 'permission-denied', reason: 'only facilitators change the session' }));
    const sessionReader = open(`${board.id}/session`, 'viewer');
    await synced(sessionReader.provider);
    expect(isLocked(sessionReader.doc)).toBe(false);

    setLocked(facilitatorSession.doc, true);
    const observer = open(board.id, 'viewer');
    await synced(observer.provider);
    await eventually(async () => {
      const probe = open(`${board.id}/session`, 'viewer');
      await synced(probe.provider);
      expect(isLocked(probe.doc)).toBe(true);
    });
    const lane = listLanes(editor.doc)[0]!.id;
    const blocked = addCard(editor.doc, { laneId: lane, title: 'Во время блокировки', author: '' });
    const allowed = addCard(facilitator.doc, { laneId: lane, title: 'Модератор может', author: '' });
    await eventually(() => expect(getCard(observer.doc, allowed)).not.toBeNull());
    await eventually(() => expect(getCard(observer.doc, allowed)).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(getCard(observer.doc, blocked)).toBeNull();

    setLocked(facilitatorSession.doc, false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A client whose write was refused holds a copy the server will never match (Yjs updates
    // depend on their predecessors), so it starts over from the server's state, as the web
    // client does; its next edit goes through.
    const fresh = open(board.id, 'editor');
    await synced(fresh.provider);
    const after = addCard(fresh.doc, { laneId: lane, title: 'После разблокировки', author: '' });
    await eventually(() => expect(getCard(observer.doc, after)).not.toBeNull());
    expect(getCard(observer.doc, blocked)).toBeNull();
  });

  it('shares presence, answers presence queries, and drops presence on leave', async () => {
    const a = open(board.id, 'editor');
    const b = open(board.id, 'viewer');
    a.awareness.setLocalStateField('user', { name: 'Анна' });
    b.awareness.setLocalStateField('user', { name: 'Борис' });
    await eventually(() => expect(a.awareness.getStates().get(b.doc.clientID)).toMatchObject({ user: { name: 'Борис' } }));
    await eventually(() => expect(b.awareness.getStates().get(a.doc.clientID)).toMatchObject({ user: { name: 'Анна' } }));
    a.provider.destroy();
    await eventually(() => expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false));
  });

  it('refuses upgrades without, with a wrong, or for an unknown board', async () => {
    expect(await upgradeStatus(`${server.wsUrl}/${board.id}`)).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${board.id}?k=${'x'.repeat(32)}`)).toBe(403);
    expect(await upgradeStatus(`${server.wsUrl}/unknownboard12?k=${board.token('editor')}`)).toBe(404);
    expect(await upgradeStatus(`${server.wsUrl}/${board.id}?k=${board.token('viewer')}`)).toBe(101);
    // Ballots live in a private document that no link opens.
    expect(await upgradeStatus(`${server.wsUrl}/${board.id}/private?k=${board.token('facilitator')}`)).toBe(404);
  });

  it('closes connections holding a rotated link with 4401', async () => {
    const editor = raw(board.id, 'editor');
    const facilitator = raw(board.id, 'facilitator');
    await Promise.all([editor.opened, facilitator.opened]);
    const response = await fetch(`${server.url}/api/boards/${board.id}/links/editor/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.token('facilitator')}` },
    });
    expect(response.status).toBe(200);
    await eventually(() => expect(editor.closed?.code).toBe(4401));
    expect(facilitator.closed).toBeNull();
    expect(await upgradeStatus(`${server.wsUrl}/${board.id}?k=${board.token('editor')}`)).toBe(403);
    const { link } = (await response.json()) as { link: string };
    expect(await upgradeStatus(`${server.wsUrl}/${board.id}?k=${link.split('#k=')[1]}`)).toBe(101);
  });

  it('closes only the sender of a malformed or text frame (4400)', async () => {
    const bad = raw(board.id, 'editor');
    const text = raw(board.id, 'editor');
    const good = open(board.id, 'editor');
    const watcher = open(board.id, 'viewer');
    await Promise.all([bad.opened, text.opened, synced(good.provider), synced(watcher.provider)]);
    bad.send(new Uint8Array([99, 1, 2]));
    text.send('hello');
    await eventually(() => expect(bad.closed?.code).toBe(4400));
    await eventually(() => expect(text.closed?.code).toBe(4400));
    const card = addCard(good.doc, { laneId: listLanes(good.doc)[0]!.id, title: 'Живём дальше', author: '' });
    await eventually(() => expect(getCard(watcher.doc, card)).not.toBeNull());
  });

  it('closes an oversized frame with 4413 and a flood with 4429, sparing others', async () => {
    await server.close();
    server = await startTestServer({ config: { maxFrameBytes: 64 * 1024, maxMessagesPerSecond: 5 } });
    board = await createTestBoard(server.url);
    const big = raw(board.id, 'editor');
    const flood = raw(board.id, 'editor');
    const calm = raw(board.id, 'editor');
    await Promise.all([big.opened, flood.opened, calm.opened]);
    big.send(encodeUpdate(new Uint8Array(100 * 1024)));
    for (let i = 0; i < 60; i++) flood.send(encodeSyncStep1(new Uint8Array([0])));
    await eventually(() => expect(big.closed?.code).toBe(4413));
    await eventually(() => expect(flood.closed?.code).toBe(4429));
    calm.send(encodeSyncStep1(new Uint8Array([0])));
    await eventually(() => expect(calm.messages.some((m) => m.type === 'sync-step-2')).toBe(true));
    expect(calm.closed).toBeNull();
  });

  it('refuses connections beyond the per-board limit', async () => {
    await server.close();
    server = await startTestServer({ config: { maxConnectionsPerBoard: 2 } });
    board = await createTestBoard(server.url);
    const first = raw(board.id, 'editor');
    const second = raw(board.id, 'viewer');
    await Promise.all([first.opened, second.opened]);
    await eventually(async () => expect(await upgradeStatus(`${server.wsUrl}/${board.id}?k=${board.token('editor')}`)).toBe(503));
  });

  it('keeps what clients have seen across a graceful restart', async () => {
    const a = open(board.id, 'editor');
    const b = open(board.id, 'editor');
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const ids = Array.from({ length: 20 }, (_, i) => addCard(a.doc, { laneId: listLanes(a.doc)[i % 4]!.id, title: `Идея ${i}`, author: '' }));
    await eventually(() => expect(listCards(b.doc)).toHaveLength(20));
    await restartServer();
    const reader = open(board.id, 'viewer');
    await synced(reader.provider);
    expect(
      listCards(reader.doc)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...ids].sort());
  });
});
