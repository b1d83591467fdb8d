/**
 * The operator console's API: off without `--admin-token`, closed to anyone without the token,
 * and what it shows and does with it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listLanes } from '../../shared/board';
import { updateMeta } from '../../shared/board/meta';
import type { Config } from '../config';
import { docName } from '../relay/docNames';
import type { ServerDeps } from '../ServerDeps';
import { bearer, createTestApp, jsonRequest as json } from '../test/testApp';

const ADMIN = 'operator-token-0123456789abcdef';

let deps: ServerDeps | undefined;
let app: ReturnType<typeof createTestApp>['app'];

function setup(overrides: Partial<Config> = { adminToken: ADMIN }) {
  ({ deps, app } = createTestApp(overrides));
}

afterEach(async () => {
  await deps?.relay.shutdown();
  deps = undefined;
});

async function create(body: Record<string, unknown>) {
  const created = (await (await app.request('http://board.local/api/boards', json(body))).json()) as { id: string; links: Record<string, string> };
  return { id: created.id, token: (role: string) => created.links[role]!.split('#k=')[1]! };
}

const admin = (path: string, init: RequestInit = {}, token = ADMIN) =>
  app.request(`http://board.local/api/admin${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });

interface Listed {
  boards: Array<{
    id: string;
    title: string;
    place: string | null;
    date: string | null;
    participants: number;
    versions: number;
    bytes: number;
    createdAt: number;
    lastActivityAt: number;
    connections: number;
  }>;
}

describe('the operator console API', () => {
  it('is off without --admin-token: every route answers 404, with or without a token', async () => {
    setup({});
    const board = await create({ title: 'Калуга' });
    for (const [path, method] of [
      ['/boards', 'GET'],
      [`/boards/${board.id}`, 'DELETE'],
      [`/boards/${board.id}/rotate`, 'POST'],
      [`/boards/${board.id}/export`, 'GET'],
    ] as const) {
      const response = await admin(path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/--admin-token/);
    }
    expect((await app.request(`/api/boards/${board.id}`, bearer(board.token('viewer')))).status).toBe(200);
  });

  it('refuses every route without the token (401) and with a wrong one (403), and changes nothing', async () => {
    setup();
    const board = await create({ title: 'Калуга' });
    const facilitator = board.token('facilitator');
    for (const [path, method] of [
      ['/boards', 'GET'],
      [`/boards/${board.id}`, 'DELETE'],
      [`/boards/${board.id}/rotate`, 'POST'],
      [`/boards/${board.id}/export`, 'GET'],
    ] as const) {
      expect((await app.request(`http://board.local/api/admin${path}`, { method })).status, `${method} ${path} without`).toBe(401);
      expect((await admin(path, { method }, `${ADMIN}x`)).status, `${method} ${path} wrong`).toBe(403);
      // A board's own facilitator link is not the operator's token either.
      expect((await admin(path, { method }, facilitator)).status, `${method} ${path} facilitator`).toBe(403);
    }
    expect((await app.request(`/api/boards/${board.id}`, bearer(facilitator))).status).toBe(200);
    expect(await deps!.store.getBoard(board.id)).not.toBeNull();
  });

  it('lists every board with title, place, date, participants, versions and size', async () => {
    setup();
    const kaluga = await create({ title: 'Калуга 2030', place: 'Калуга', date: '2026-12-03' });
    const blank = await create({ title: 'Obninsk', template: 'blank' });
    for (const name of ['Анна', 'Борис']) {
      const response = await app.request(`/api/boards/${kaluga.id}/participants`, json({ name }, { authorization: `Bearer ${kaluga.token('editor')}` }));
      expect(response.status).toBe(201);
    }
    const listed = (await (await admin('/boards')).json()) as Listed;
    expect(listed.boards.map((board) => board.id)).toEqual([kaluga.id, blank.id]);
    const [first, second] = listed.boards;
    expect(first).toMatchObject({ title: 'Калуга 2030', place: 'Калуга', date: '2026-12-03', participants: 2, connections: 0 });
    expect(second).toMatchObject({ title: 'Obninsk', place: null, date: null, participants: 0 });
    expect(first!.bytes).toBeGreaterThan(0);
    expect(first!.lastActivityAt).toBeGreaterThanOrEqual(first!.createdAt);
  });

  it('shows a board as it is now: a renamed board is listed under its new title', async () => {
    setup();
    const board = await create({ title: 'Черновик' });
    await admin('/boards');
    await deps!.relay.withBoard(board.id, (room) => {
      return room.content.change((doc) => updateMeta(doc, { title: 'Калуга 2030' }));
    });
    await deps!.relay.pipeline.drained();
    const listed = (await (await admin('/boards')).json()) as Listed;
    expect(listed.boards[0]!.title).toBe('Калуга 2030');
  });

  it('exports a board as its JSON export', async () => {
    setup();
    const board = await create({ title: 'Калуга 2030' });
    const response = await admin(`/boards/${board.id}/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const exported = (await response.json()) as { version: number; board: { title: string } };
    expect(exported.version).toBe(2);
    expect(JSON.stringify(exported)).toContain('Калуга 2030');
    expect((await admin('/boards/nosuchboard0000000000/export')).status).toBe(404);
  });

  it('replaces every link at once: the old ones open nothing, the new ones open the board with their role', async () => {
    setup();
    const board = await create({ title: 'Калуга' });
    const response = await admin(`/boards/${board.id}/rotate`, { method: 'POST' });
    expect(response.status).toBe(200);
    const { links } = (await response.json()) as { links: Record<string, string> };
    for (const role of ['facilitator', 'editor', 'expert', 'viewer']) {
      expect((await app.request(`/api/boards/${board.id}`, bearer(board.token(role)))).status, `old ${role}`).toBe(403);
      const fresh = links[role]!.split('#k=')[1]!;
      const opened = await app.request(`/api/boards/${board.id}`, bearer(fresh));
      expect(((await opened.json()) as { role: string }).role).toBe(role);
    }
    // The new facilitator link shows the new share links again (sealed under it).
    const shown = (await (await app.request(`http://board.local/api/boards/${board.id}/links`, bearer(links.facilitator!.split('#k=')[1]!))).json()) as {
      links: Record<string, string>;
    };
    expect(shown.links.editor).toBe(links.editor);
  });

  it('deletes a board with everything stored for it; its links stop working at once', async () => {
    setup();
    const board = await create({ title: 'Калуга' });
    const other = await create({ title: 'Обнинск' });
    await deps!.relay.withBoard(board.id, (room) => {
      return room.content.change((doc) => {
        addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Умная парковка' });
      });
    });
    await deps!.relay.pipeline.drained();
    expect((await admin(`/boards/${board.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/api/boards/${board.id}`, bearer(board.token('facilitator')))).status).toBe(404);
    for (const kind of ['content', 'session', 'private'] as const) {
      expect((await deps!.store.load(docName(board.id, kind))).updates, kind).toEqual([]);
    }
    const listed = (await (await admin('/boards')).json()) as Listed;
    expect(listed.boards.map((b) => b.id)).toEqual([other.id]);
    expect((await admin(`/boards/${board.id}`, { method: 'DELETE' })).status).toBe(404);
    // The other board is untouched.
    const doc = new Y.Doc();
    for (const update of (await deps!.store.load(other.id)).updates) Y.applyUpdate(doc, update);
    expect(listLanes(doc).length).toBe(4);
  });
});
