/**
 * The automatic version at each phase change, through the relay with in-memory sockets.
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initBoardContent, updateMeta } from '../../shared/board/meta';
import { readBoardContent } from '../../shared/board/read';
import { setLocked, setPhase } from '../../shared/board/session';
import { encodeUpdate } from '../../shared/protocol/messages';
import { LocalBus } from '../bus/LocalBus';
import { createLogger } from '../log';
import { MemoryStore } from '../store/MemoryStore';
import type { TestClientSocket } from '../test/socketPair';
import { createTestRelay, settle } from '../test/testRelay';

const BOARD = 'board-history-test';

/** A replica whose every update goes to the relay through `socket`. */
function replicaOf(socket: TestClientSocket): Y.Doc {
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => socket.send(encodeUpdate(update)));
  return doc;
}

/** Lets the version's save (behind the commit pipeline) finish. */
async function saved(): Promise<void> {
  await settle(10);
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('versions at phase changes', () => {
  it('saves the content under the new phase’s name, in the board language', async () => {
    const store = new MemoryStore();
    // The board as the server creates it; clients never write the schema version.
    const content = new Y.Doc();
    initBoardContent(content, { title: 'Kaluga 2030', locale: 'en', template: 'strategic-session', createdAt: 1 });
    await store.append([{ doc: BOARD, update: Y.encodeStateAsUpdate(content) }]);
    const { client, relay } = createTestRelay({ store });
    const session = replicaOf(client(BOARD, 'facilitator', 'session'));
    await settle();
    setPhase(session, 'voting');
    await saved();

    const [version, ...rest] = await store.listVersions(BOARD);
    expect(rest).toEqual([]);
    expect(version).toMatchObject({ name: 'Phase: Voting', trigger: 'phase' });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await store.loadVersion(BOARD, version!.id))!.state);
    expect(readBoardContent(stored)).toEqual(readBoardContent(content));
    await relay.shutdown();
  });

  it('names versions in Russian by default, and only for real phase changes', async () => {
    const { client, store, relay } = createTestRelay();
    const session = replicaOf(client(BOARD, 'facilitator', 'session'));
    await settle();
    setLocked(session, true);
    setPhase(session, 'ideas'); // the phase it already had
    await saved();
    expect(await store.listVersions(BOARD)).toEqual([]);
    setPhase(session, 'shortlist');
    await saved();
    await relay.withBoard(BOARD, (board) => board.content.change((doc) => updateMeta(doc, { title: 'Калуга 2030' })));
    setPhase(session, 'closed');
    await saved();
    expect((await store.listVersions(BOARD)).map((v) => v.name)).toEqual(['Этап: Завершено', 'Этап: Шорт-лист']);
    await relay.shutdown();
  });

  it('saves nothing when the content is as in the newest version, and logs that at debug level', async () => {
    const log = createLogger({ logLevel: 'silent' });
    const debug = vi.spyOn(log, 'debug');
    const { client, store, relay } = createTestRelay({ log });
    const session = replicaOf(client(BOARD, 'facilitator', 'session'));
    await settle();
    setPhase(session, 'shortlist');
    await saved();
    setPhase(session, 'voting');
    await saved();
    setPhase(session, 'scoring');
    await saved();
    expect((await store.listVersions(BOARD)).map((v) => v.name)).toEqual(['Этап: Шорт-лист']);
    expect(debug).toHaveBeenCalledWith(expect.objectContaining({ boardId: BOARD, phase: 'voting' }), expect.stringContaining('no version saved'));
    await relay.shutdown();
  });

  it('saves once per change across relay nodes, and nothing when a board is loaded again', async () => {
    const store = new MemoryStore();
    const bus = new LocalBus();
    const node1 = createTestRelay({ store, bus, nodeId: 'n1' });
    const node2 = createTestRelay({ store, bus, nodeId: 'n2' });
    const session = replicaOf(node1.client(BOARD, 'facilitator', 'session'));
    const other = node2.client(BOARD, 'viewer', 'session');
    await settle();
    setPhase(session, 'voting');
    await saved();
    expect(await store.listVersions(BOARD)).toHaveLength(1);

    // Everyone leaves; the board unloads, then comes back from the store in the new phase.
    other.hangUp();
    await node1.relay.shutdown();
    await node2.relay.shutdown();
    const node3 = createTestRelay({ store, bus: new LocalBus(), nodeId: 'n3' });
    node3.client(BOARD, 'viewer', 'session');
    await saved();
    expect(node3.relay.isLoaded(BOARD)).toBe(true);
    expect(await store.listVersions(BOARD)).toHaveLength(1);
    await node3.relay.shutdown();
  });
});
