import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { readSession, resetTimer, setLocked, setPhase, startTimer } from '../../shared/board/session';
import { encodeAwareness, encodeQueryAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../../shared/protocol/messages';
import { LocalBus } from '../bus/LocalBus';
import { MemoryStore } from '../store/MemoryStore';
import { createTestRelay, docFromMessages, LINK_HASH, noteUpdate, readNote, settle } from '../test/testRelay';
import { docName } from './docNames';

const BOARD = 'board-relay-test';

async function storedState(store: MemoryStore, doc: string): Promise<Y.Doc> {
  const y = new Y.Doc();
  for (const update of (await store.load(doc)).updates) Y.applyUpdate(y, update);
  return y;
}

function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.meta.set(clientId, { clock: clock - 1, lastUpdated: 0 });
  awareness.setLocalState(state as Record<string, unknown> | null);
  const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]));
  awareness.destroy();
  return frame;
}

describe('Relay', () => {
  it('greets a joiner with sync step 1 and answers its sync step 1 with the state', async () => {
    const { client } = createTestRelay();
    const editor = client(BOARD, 'editor');
    editor.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await settle();
    const types = editor.messages().map((m) => m.type);
    expect(types[0]).toBe('sync-step-1');
    expect(types).toContain('sync-step-2');
  });

  it('fans an editor update out to others, never back to the sender, and persists it', async () => {
    const { client, store } = createTestRelay();
    const a = client(BOARD, 'editor');
    const b = client(BOARD, 'editor');
    const viewer = client(BOARD, 'viewer');
    await settle();
    a.clear();
    a.send(encodeUpdate(noteUpdate('k', 'v')));
    await settle();
    expect(readNote(docFromMessages(b), 'k')).toBe('v');
    expect(readNote(docFromMessages(viewer), 'k')).toBe('v');
    expect(a.messages().filter((m) => m.type === 'update')).toHaveLength(0);
    expect(readNote(await storedState(store as MemoryStore, BOARD), 'k')).toBe('v');
  });

  it('drops a viewer write: not applied, not persisted, not forwarded, sender told', async () => {
    const { client, store } = createTestRelay();
    const viewer = client(BOARD, 'viewer');
    const editor = client(BOARD, 'editor');
    await settle();
    editor.clear();
    viewer.send(encodeUpdate(noteUpdate('hack', 1)));
    await settle();
    expect(viewer.messages()).toContainEqual({ type: 'permission-denied', reason: 'viewers cannot change the board' });
    expect(viewer.closedWith).toBeNull();
    expect(editor.messages().filter((m) => m.type === 'update')).toHaveLength(0);
    expect(readNote(await storedState(store as MemoryStore, BOARD), 'hack') !== undefined).toBe(false);
    // A late joiner's sync does not contain it either.
    const late = client(BOARD, 'editor');
    late.send(encodeSyncStep1(new Uint8Array([0])));
    await settle();
    expect(readNote(docFromMessages(late), 'hack') !== undefined).toBe(false);
  });

  it('lets a viewer answer sync with an empty update without being told off', async () => {
    const { client } = createTestRelay();
    const viewer = client(BOARD, 'viewer');
    viewer.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
    await settle();
    expect(viewer.messages().some((m) => m.type === 'permission-denied')).toBe(false);
  });

  it('lets only facilitators write the session document', async () => {
    const { client, store } = createTestRelay();
    const editor = client(BOARD, 'editor', 'session');
    const facilitator = client(BOARD, 'facilitator', 'session');
    await settle();
    const editorDoc = new Y.Doc({ gc: false });
    editorDoc.on('update', (u: Uint8Array) => editor.send(encodeUpdate(u)));
    setPhase(editorDoc, 'voting');
    const facilitatorDoc = new Y.Doc({ gc: false });
    facilitatorDoc.on('update', (u: Uint8Array) => facilitator.send(encodeUpdate(u)));
    resetTimer(facilitatorDoc, 300_000);
    await settle();
    expect(editor.messages()).toContainEqual({ type: 'permission-denied', reason: 'only facilitators change the session' });
    const session = readSession(await storedState(store as MemoryStore, docName(BOARD, 'session')));
    expect(session.phase).toBe('ideas');
    expect(session.timer.durationMs).toBe(300_000);
  });

  it('refuses editor content writes while the facilitator has locked the board', async () => {
    const { client, store } = createTestRelay();
    const facilitatorSession = client(BOARD, 'facilitator', 'session');
    const editor = client(BOARD, 'editor');
    const facilitator = client(BOARD, 'facilitator');
    await settle();
    const sessionDoc = new Y.Doc();
    const lockUpdates: Uint8Array[] = [];
    sessionDoc.on('update', (u: Uint8Array) => lockUpdates.push(u));
    setLocked(sessionDoc, true);
    for (const u of lockUpdates.splice(0)) facilitatorSession.send(encodeUpdate(u));
    await settle();
    editor.send(encodeUpdate(noteUpdate('during-lock', 1)));
    facilitator.send(encodeUpdate(noteUpdate('facilitator-note', 1)));
    await settle();
    expect(editor.messages()).toContainEqual({ type: 'permission-denied', reason: 'the board is locked by the facilitator' });
    let content = await storedState(store as MemoryStore, BOARD);
    expect(readNote(content, 'during-lock') !== undefined).toBe(false);
    expect(readNote(content, 'facilitator-note')).toBe('1');

    setLocked(sessionDoc, false);
    for (const u of lockUpdates.splice(0)) facilitatorSession.send(encodeUpdate(u));
    await settle();
    editor.send(encodeUpdate(noteUpdate('after-unlock', 1)));
    await settle();
    content = await storedState(store as MemoryStore, BOARD);
    expect(readNote(content, 'after-unlock')).toBe('1');
  });

  it('refuses editor content writes once the session is closed, and non-facilitator phase or timer changes', async () => {
    const { client, store } = createTestRelay();
    const facilitatorSession = client(BOARD, 'facilitator', 'session');
    const editorSession = client(BOARD, 'editor', 'session');
    const editor = client(BOARD, 'editor');
    await settle();
    const sessionDoc = new Y.Doc();
    const updates: Uint8Array[] = [];
    sessionDoc.on('update', (u: Uint8Array) => updates.push(u));
    setPhase(sessionDoc, 'voting');
    startTimer(sessionDoc, Date.now());
    for (const u of updates.splice(0)) editorSession.send(encodeUpdate(u));
    await settle();
    expect(editorSession.messages().filter((m) => m.type === 'permission-denied')).toHaveLength(2);
    expect(readSession(await storedState(store as MemoryStore, docName(BOARD, 'session')))).toMatchObject({ phase: 'ideas', timer: { endsAt: null } });

    // A fresh replica: the refused updates above would leave the editor's copy behind forever.
    const facilitatorDoc = new Y.Doc();
    facilitatorDoc.on('update', (u: Uint8Array) => facilitatorSession.send(encodeUpdate(u)));
    setPhase(facilitatorDoc, 'closed');
    await settle();
    editor.send(encodeUpdate(noteUpdate('after-close', 1)));
    await settle();
    expect(editor.messages()).toContainEqual({ type: 'permission-denied', reason: 'the session is closed' });
    expect(readNote(await storedState(store as MemoryStore, BOARD), 'after-close') !== undefined).toBe(false);
  });

  it('closes only the connection that sent a malformed frame', async () => {
    const { client } = createTestRelay();
    const bad = client(BOARD, 'editor');
    const good = client(BOARD, 'editor');
    const other = client(BOARD, 'editor');
    await settle();
    bad.send(new Uint8Array([99, 1, 2]));
    await settle();
    expect(bad.closedWith?.code).toBe(4400);
    good.send(encodeUpdate(noteUpdate('still', 'works')));
    await settle();
    expect(good.closedWith).toBeNull();
    expect(readNote(docFromMessages(other), 'still')).toBe('works');
  });

  it('closes a connection whose update bytes are not a Yjs update', async () => {
    const { client } = createTestRelay();
    const bad = client(BOARD, 'editor');
    await settle();
    bad.send(encodeUpdate(new Uint8Array([255, 255, 255, 255, 255, 1, 2, 3])));
    await settle();
    expect(bad.closedWith?.code).toBe(4400);
  });

  it('closes oversized frames with 4413 and floods with 4429', async () => {
    const { client } = createTestRelay({ maxFrameBytes: 2048, maxMessagesPerSecond: 2 });
    const big = client(BOARD, 'editor');
    const chatty = client(BOARD, 'editor');
    await settle();
    big.send(encodeUpdate(noteUpdate('big', 'x'.repeat(4096))));
    for (let i = 0; i < 50; i++) chatty.send(encodeQueryAwareness());
    await settle();
    expect(big.closedWith?.code).toBe(4413);
    expect(chatty.closedWith?.code).toBe(4429);
  });

  it('loads a board once however many clients arrive together, and replays early frames in order', async () => {
    const store = new MemoryStore();
    const load = vi.spyOn(store, 'load');
    const { client } = createTestRelay({ store });
    const clients = Array.from({ length: 50 }, () => client(BOARD, 'editor'));
    // Sent before the board has loaded: buffered, then applied in order.
    const writerDoc = new Y.Doc();
    clients[0]!.send(encodeUpdate(noteUpdate('n', 1, writerDoc)));
    clients[0]!.send(encodeUpdate(noteUpdate('n', 2, writerDoc)));
    await settle();
    expect(load).toHaveBeenCalledTimes(3); // content, session and private, once
    expect(readNote(docFromMessages(clients[1]!), 'n')).toBe('2');
  });

  it('holds fan-out and sync replies until the store has committed', async () => {
    const store = new MemoryStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const append = store.append.bind(store);
    const { client } = createTestRelay({ store });
    const a = client(BOARD, 'editor');
    const b = client(BOARD, 'editor');
    await settle();
    vi.spyOn(store, 'append').mockImplementation(async (entries) => {
      await gate;
      return append(entries);
    });
    b.clear();
    a.send(encodeUpdate(noteUpdate('slow', 'commit')));
    const late = client(BOARD, 'editor');
    late.send(encodeSyncStep1(new Uint8Array([0])));
    await settle(10);
    expect(b.messages().filter((m) => m.type === 'update')).toHaveLength(0);
    expect(late.messages().filter((m) => m.type === 'sync-step-2')).toHaveLength(0);
    release();
    await settle(10);
    expect(readNote(docFromMessages(b), 'slow')).toBe('commit');
    expect(readNote(docFromMessages(late), 'slow')).toBe('commit');
  });

  it('evicts a board whose commit failed, so nothing unsaved is ever served', async () => {
    const store = new MemoryStore();
    const { client, relay } = createTestRelay({ store });
    const a = client(BOARD, 'editor');
    const b = client(BOARD, 'editor');
    await settle();
    b.clear();
    vi.spyOn(store, 'append').mockRejectedValueOnce(new Error('disk full'));
    a.send(encodeUpdate(noteUpdate('lost', 'in flight')));
    await settle();
    expect(a.closedWith?.code).toBe(4503);
    expect(b.closedWith?.code).toBe(4503);
    expect(b.messages().filter((m) => m.type === 'update')).toHaveLength(0);
    expect(relay.isLoaded(BOARD)).toBe(false);
    const again = client(BOARD, 'editor');
    again.send(encodeSyncStep1(new Uint8Array([0])));
    await settle();
    expect(readNote(docFromMessages(again), 'lost') !== undefined).toBe(false);
  });

  it('unloads a board after its last client leaves, compacting the log first', async () => {
    const store = new MemoryStore();
    const { client, relay } = createTestRelay({ store });
    const a = client(BOARD, 'editor');
    await settle();
    for (let i = 0; i < 5; i++) a.send(encodeUpdate(noteUpdate(`k${i}`, i)));
    await settle();
    expect(await store.logLength(BOARD)).toBeGreaterThan(0);
    a.hangUp();
    await vi.waitFor(() => expect(relay.isLoaded(BOARD)).toBe(false));
    await vi.waitFor(async () => expect(await store.logLength(BOARD)).toBe(0));
    expect(readNote(await storedState(store, BOARD), 'k4')).toBe('4');
  });

  it('compacts in the background once enough updates pile up', async () => {
    const store = new MemoryStore();
    const compact = vi.spyOn(store, 'compact');
    const { client } = createTestRelay({ store, compactAfterUpdates: 10 });
    const a = client(BOARD, 'editor');
    const doc = new Y.Doc();
    for (let i = 0; i < 25; i++) a.send(encodeUpdate(noteUpdate(`k${i}`, i, doc)));
    await vi.waitFor(() => expect(compact).toHaveBeenCalled());
    await vi.waitFor(async () => expect(await store.logLength(BOARD)).toBeLessThan(25));
    expect(readNote(await storedState(store, BOARD), 'k24')).toBe('24');
  });

  it('lets the log of a big board grow to a share of its size before compacting it', async () => {
    const store = new MemoryStore();
    // A board of ~40 KB stored as its snapshot: ten small edits are far from a quarter of it.
    const big = new Y.Doc();
    big.getMap('test').set('description', 'Цифровой город: умный домофон, показания счётчиков, оплата. '.repeat(400));
    await store.append([{ doc: BOARD, update: Y.encodeStateAsUpdate(big) }]);
    await store.compact(BOARD);
    const compact = vi.spyOn(store, 'compact');
    const { client } = createTestRelay({ store, compactAfterUpdates: 10 });
    const a = client(BOARD, 'editor');
    await settle();
    for (let i = 0; i < 25; i++) a.send(encodeUpdate(noteUpdate(`k${i}`, i, big)));
    await settle(20);
    // (The private document, which remembers the authors of new cards, is small and compacts on its own.)
    expect(compact).not.toHaveBeenCalledWith(BOARD);
    expect(await store.logLength(BOARD)).toBe(25);
    // Ten times compactAfterUpdates bounds the log whatever the board's size.
    for (let i = 25; i < 100; i++) a.send(encodeUpdate(noteUpdate(`k${i}`, i, big)));
    await vi.waitFor(() => expect(compact).toHaveBeenCalledWith(BOARD));
    await vi.waitFor(async () => expect(await store.logLength(BOARD)).toBeLessThan(100));
    expect(readNote(await storedState(store, BOARD), 'k99')).toBe('99');
  });

  it('coalesces presence changes of one tick into one message per connection', async () => {
    const { client } = createTestRelay();
    const watcher = client(BOARD, 'viewer');
    const a = client(BOARD, 'editor');
    const b = client(BOARD, 'editor');
    await settle();
    watcher.clear();
    a.send(awarenessFrame(1001, 1, { user: { name: 'Анна' } }));
    b.send(awarenessFrame(1002, 1, { user: { name: 'Борис' } }));
    a.send(awarenessFrame(1001, 2, { user: { name: 'Анна' }, cursor: { x: 1, y: 2 } }));
    await settle();
    const presence = watcher.messages().filter((m) => m.type === 'awareness');
    expect(presence).toHaveLength(1);
    watcher.send(encodeQueryAwareness());
    await settle();
    const all = watcher
      .messages()
      .filter((m) => m.type === 'awareness')
      .at(-1)!;
    const ids = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(ids);
    awarenessProtocol.applyAwarenessUpdate(awareness, (all as { update: Uint8Array }).update, null);
    expect(awareness.getStates().get(1001)).toMatchObject({ cursor: { x: 1, y: 2 } });
    expect(awareness.getStates().get(1002)).toMatchObject({ user: { name: 'Борис' } });
    awareness.destroy();
  });

  it('refuses to let one client overwrite another client presence, and clears it on leave', async () => {
    const { client } = createTestRelay();
    const watcher = client(BOARD, 'viewer');
    const a = client(BOARD, 'editor');
    const spoofer = client(BOARD, 'editor');
    await settle();
    a.send(awarenessFrame(2001, 1, { user: { name: 'Анна' } }));
    await settle();
    spoofer.send(awarenessFrame(2001, 5, { user: { name: 'Fake' } }));
    await settle();
    const states = () => {
      const awareness = new awarenessProtocol.Awareness(new Y.Doc());
      for (const m of watcher.messages()) if (m.type === 'awareness') awarenessProtocol.applyAwarenessUpdate(awareness, m.update, null);
      const result = new Map(awareness.getStates());
      awareness.destroy();
      return result;
    };
    expect(states().get(2001)).toMatchObject({ user: { name: 'Анна' } });
    a.hangUp();
    await settle();
    expect(states().has(2001)).toBe(false);
  });

  it('closes connections holding a rotated link, and only those', async () => {
    const { client, relay } = createTestRelay();
    const editor = client(BOARD, 'editor');
    const editorSession = client(BOARD, 'editor', 'session');
    const facilitator = client(BOARD, 'facilitator');
    await settle();
    relay.revokeLink(BOARD, 'editor', 'new-editor-hash');
    expect(editor.closedWith?.code).toBe(4401);
    expect(editorSession.closedWith?.code).toBe(4401);
    expect(facilitator.closedWith).toBeNull();
    expect(LINK_HASH.editor).not.toBe('new-editor-hash');
  });

  it('converges two relay nodes through the bus, persisting each update once', async () => {
    const store = new MemoryStore();
    const bus = new LocalBus();
    const append = vi.spyOn(store, 'append');
    const node1 = createTestRelay({ store, bus, nodeId: 'n1' });
    const node2 = createTestRelay({ store, bus, nodeId: 'n2' });
    const a = node1.client(BOARD, 'editor');
    const b = node2.client(BOARD, 'editor');
    await settle();
    append.mockClear();
    a.send(encodeUpdate(noteUpdate('from', 'node1')));
    await settle();
    expect(readNote(docFromMessages(b), 'from')).toBe('node1');
    expect(append).toHaveBeenCalledTimes(1);
    a.send(awarenessFrame(3001, 1, { user: { name: 'Анна' } }));
    await settle();
    expect(b.messages().some((m) => m.type === 'awareness')).toBe(true);
  });

  it('shuts down: closes sockets with 1001 and commits everything first', async () => {
    const store = new MemoryStore();
    const { client, relay } = createTestRelay({ store });
    const a = client(BOARD, 'editor');
    await settle();
    a.send(encodeUpdate(noteUpdate('last', 'words')));
    await relay.shutdown();
    expect(a.closedWith?.code).toBe(1001);
    expect(readNote(await storedState(store, BOARD), 'last')).toBe('words');
  });
});
