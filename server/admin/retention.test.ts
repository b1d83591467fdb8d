/**
 * Retention with a fake clock: which boards go, the dry run, the log, and the server's passes.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCard } from '../../shared/board/cards';
import { listLanes } from '../../shared/board/lanes';
import { createBoard } from '../boards/createBoard';
import { createLogger } from '../log';
import { docName } from '../relay/docNames';
import { MemoryStore } from '../store/MemoryStore';
import type { DocStore } from '../store/DocStore';
import { createTestBoard, eventually, RawClient } from '../test/clients';
import { startTestServer, type TestServer } from '../test/testServer';
import { createBoardSummaries } from './boardSummaries';
import { loadStoredDoc } from './storedDocs';
import { applyRetention, expiredBoards, scheduleRetention } from './retention';
import * as Y from 'yjs';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 10, 9, 0);

function capturingLog() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger({ logLevel: 'info' }, sink), lines };
}

/** Writes one card to a board's content, as an edit arriving at the current (fake) time. */
async function edit(store: DocStore, boardId: string, title: string) {
  const doc = await loadStoredDoc(store, boardId, 'content');
  const before = Y.encodeStateVector(doc);
  addCard(doc, { laneId: listLanes(doc)[0]!.id, title });
  await store.append([{ doc: docName(boardId, 'content'), update: Y.encodeStateAsUpdate(doc, before) }]);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('expiredBoards', () => {
  it('picks boards whose last activity is more than the retention period ago', () => {
    const now = T0 + 100 * DAY;
    const boards = [{ lastActivityAt: now - 30 * DAY - 1 }, { lastActivityAt: now - 30 * DAY }, { lastActivityAt: now - DAY }];
    expect(expiredBoards(boards, now, 30)).toEqual([boards[0]]);
  });
});

describe('applyRetention on a store, with a fake clock', () => {
  async function threeBoards() {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = new MemoryStore();
    vi.setSystemTime(T0);
    const untouched = await createBoard(store, { title: 'Умная парковка', template: 'strategic-session', locale: 'ru' });
    const editedLater = await createBoard(store, { title: 'Ветропарк', template: 'strategic-session', locale: 'ru' });
    vi.setSystemTime(T0 + 40 * DAY);
    await edit(store, editedLater.id, 'Площадка под ветропарк');
    vi.setSystemTime(T0 + 50 * DAY);
    const recent = await createBoard(store, { title: 'Цифровой город', template: 'strategic-session', locale: 'ru' });
    vi.setSystemTime(T0 + 65 * DAY);
    return { store, untouched, editedLater, recent };
  }

  it('a dry run lists what would go and deletes nothing', async () => {
    const { store, untouched } = await threeBoards();
    const { log, lines } = capturingLog();
    const summaries = createBoardSummaries(store);
    const expired = await applyRetention({
      list: () => summaries.list(),
      remove: (id) => store.deleteBoard(id),
      retainDays: 30,
      now: Date.now,
      log,
      dryRun: true,
    });
    expect(expired.map((board) => board.id)).toEqual([untouched.id]);
    expect((await store.listBoards()).length).toBe(3);
    expect(lines).toContainEqual(
      expect.objectContaining({ action: 'retention', boardId: untouched.id, title: 'Умная парковка', dryRun: true, msg: 'retention would delete a board' }),
    );
  });

  it('deletes boards without activity for N days, keeps one edited since and one made since, and logs each', async () => {
    const { store, untouched, editedLater, recent } = await threeBoards();
    const { log, lines } = capturingLog();
    const summaries = createBoardSummaries(store);
    await applyRetention({ list: () => summaries.list(), remove: (id) => store.deleteBoard(id), retainDays: 30, now: Date.now, log });
    expect((await store.listBoards()).map((board) => board.record.id)).toEqual([editedLater.id, recent.id]);
    expect(await store.getBoard(untouched.id)).toBeNull();
    expect(lines).toContainEqual(expect.objectContaining({ action: 'retention', boardId: untouched.id, retainDays: 30, msg: 'retention deleted a board' }));
    // Ten days on, the board edited on day 40 has gone quiet for 35 days.
    vi.setSystemTime(T0 + 75 * DAY);
    await applyRetention({ list: () => summaries.list(), remove: (id) => store.deleteBoard(id), retainDays: 30, now: Date.now, log });
    expect((await store.listBoards()).map((board) => board.record.id)).toEqual([recent.id]);
  });

  it('one board that cannot be deleted does not keep the others', async () => {
    const { store, untouched, editedLater } = await threeBoards();
    vi.setSystemTime(T0 + 80 * DAY);
    const { log, lines } = capturingLog();
    const summaries = createBoardSummaries(store);
    const remove = async (id: string) => {
      if (id === untouched.id) throw new Error('store busy');
      return store.deleteBoard(id);
    };
    await applyRetention({ list: () => summaries.list(), remove, retainDays: 30, now: Date.now, log });
    expect(await store.getBoard(editedLater.id)).toBeNull();
    expect(await store.getBoard(untouched.id)).not.toBeNull();
    expect(lines).toContainEqual(expect.objectContaining({ boardId: untouched.id, level: 'error' }));
  });
});

describe('scheduleRetention', () => {
  it('runs a first pass after the delay, then one per interval, never two at once', async () => {
    vi.useFakeTimers();
    const { log } = capturingLog();
    let passes = 0;
    let release: () => void = () => {};
    const stop = scheduleRetention(
      {
        list: async () => {
          passes++;
          await new Promise<void>((resolve) => (release = resolve));
          return [];
        },
        remove: async () => true,
        retainDays: 1,
        now: Date.now,
        log,
      },
      { firstDelayMs: 1000, intervalMs: 60_000 },
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(passes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(passes).toBe(1);
    // Still running when the next interval fires: skipped.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(passes).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(passes).toBe(2);
    release();
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(passes).toBe(2);
  });
});

describe('the server with --retain-days', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('deletes a board gone quiet, and keeps one that someone is connected to', async () => {
    const store = new MemoryStore();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 40 * DAY);
    const quiet = await createBoard(store, { title: 'Старая сессия', template: 'blank', locale: 'ru' });
    const watched = await createBoard(store, { title: 'Открытая сессия', template: 'blank', locale: 'ru' });
    vi.useRealTimers();
    server = await startTestServer({ store, config: { retainDays: 30 }, retentionTiming: { firstDelayMs: 200, intervalMs: 200 } });
    const viewer = new RawClient(`${server.wsUrl}/${watched.id}?k=${watched.tokens.viewer}`);
    await viewer.opened;
    await eventually(async () => expect(await store.getBoard(quiet.id)).toBeNull());
    // Passes keep running while the viewer stays: the watched board survives them.
    const fresh = await createTestBoard(server.url, { title: 'Новая' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await store.getBoard(watched.id)).not.toBeNull();
    expect(await store.getBoard(fresh.id)).not.toBeNull();
    viewer.close();
  });
});
