/**
 * Board history over HTTP through `app.request()`: list, save, fetch; roles and bad input.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from '../../shared/board/cards';
import { listLanes } from '../../shared/board/lanes';
import { updateMeta } from '../../shared/board/meta';
import { readBoardContent } from '../../shared/board/read';
import { setPhase } from '../../shared/board/session';
import type { BoardContent } from '../../shared/board/types';
import { MAX_VERSIONS_PER_BOARD } from '../history/boardVersions';
import type { ServerDeps } from '../ServerDeps';
import { bearer, createTestApp, jsonRequest as json } from '../test/testApp';

let deps: ServerDeps;
let app: ReturnType<typeof createTestApp>['app'];

beforeEach(() => ({ deps, app } = createTestApp()));
afterEach(async () => {
  await deps.relay.shutdown();
});

async function createBoard() {
  const response = await app.request('http://board.local/api/boards', json({ title: 'Калуга 2030' }));
  const created = (await response.json()) as { id: string; links: Record<string, string> };
  const token = (role: string) => created.links[role]!.split('#k=')[1]!;
  return { id: created.id, token };
}

const list = async (id: string, token: string) =>
  ((await (await app.request(`/api/boards/${id}/versions`, bearer(token))).json()) as { versions: Array<{ id: string; name: string; trigger: string }> })
    .versions;

/** The phase hook saves without being awaited; let it get past the commit pipeline. */
const phaseVersionSaved = () => new Promise((resolve) => setTimeout(resolve, 20));

const save = (id: string, token: string, body: unknown) => app.request(`/api/boards/${id}/versions`, json(body, { authorization: `Bearer ${token}` }));

describe('board history API', () => {
  it('saves named versions and lists them newest first, without their content', async () => {
    const { id, token } = await createBoard();
    const first = await save(id, token('facilitator'), { name: '  До обсуждения  ' });
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; name: string; createdAt: number; trigger: string };
    expect(created).toMatchObject({ name: 'До обсуждения', trigger: 'manual' });
    expect(created.createdAt).toBeGreaterThan(Date.now() - 60_000);
    await deps.relay.withBoard(id, (board) => board.content.change((doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Умная парковка' })));
    const second = (await (await save(id, token('facilitator'), { name: 'Перед восстановлением', trigger: 'restore' })).json()) as { id: string };

    const list = await app.request(`/api/boards/${id}/versions`, bearer(token('facilitator')));
    expect(list.status).toBe(200);
    const { versions } = (await list.json()) as { versions: Array<Record<string, unknown>> };
    expect(versions.map((v) => v.id)).toEqual([second.id, created.id]);
    expect(versions[0]).toEqual({ id: second.id, name: 'Перед восстановлением', createdAt: expect.any(Number), trigger: 'restore' });
  });

  it('answers 200 with the newest version, unchanged, when the content is as it was then', async () => {
    const { id, token } = await createBoard();
    const first = await save(id, token('facilitator'), { name: 'До обсуждения' });
    expect(first.status).toBe(201);
    const kept = (await first.json()) as Record<string, unknown>;
    // The same title written again: new Yjs state, equal content (as after a restore).
    await deps.relay.withBoard(id, (board) => board.content.change((doc) => updateMeta(doc, { title: 'Калуга 2030' })));
    const again = await save(id, token('facilitator'), { name: 'Перед восстановлением', trigger: 'restore' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...kept, unchanged: true });
    expect((await list(id, token('facilitator'))).map((v) => v.id)).toEqual([kept.id]);
  });

  it('does not store a phase change’s version twice when the content did not change', async () => {
    const { id, token } = await createBoard();
    const phase = async (next: Parameters<typeof setPhase>[1]) => {
      await deps.relay.withBoard(id, (board) => board.session.change((doc) => setPhase(doc, next)));
      await phaseVersionSaved();
    };
    await phase('shortlist');
    const [shortlist, ...rest] = await list(id, token('facilitator'));
    expect(rest).toEqual([]);
    expect(shortlist).toMatchObject({ name: 'Этап: Шорт-лист', trigger: 'phase' });
    await phase('voting');
    const manual = await save(id, token('facilitator'), { name: 'После шорт-листа' });
    expect(manual.status).toBe(200);
    expect(await manual.json()).toMatchObject({ id: shortlist!.id, unchanged: true });
    // A change of content, then a phase: that one is kept.
    await deps.relay.withBoard(id, (board) => board.content.change((doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Технопарк' })));
    await phase('scoring');
    expect((await list(id, token('facilitator'))).map((v) => v.name)).toEqual(['Этап: Экспертная оценка', 'Этап: Шорт-лист']);
  });

  it(`keeps the newest ${MAX_VERSIONS_PER_BOARD} versions of a board`, async () => {
    const { id, token } = await createBoard();
    const saved: string[] = [];
    for (let i = 0; i <= MAX_VERSIONS_PER_BOARD; i++) {
      await deps.relay.withBoard(id, (board) => board.content.change((doc) => updateMeta(doc, { title: `Калуга 2030, вариант ${i}` })));
      const response = await save(id, token('facilitator'), { name: `Вариант ${i}` });
      expect(response.status).toBe(201);
      saved.unshift(((await response.json()) as { id: string }).id);
    }
    expect((await list(id, token('facilitator'))).map((v) => v.id)).toEqual(saved.slice(0, MAX_VERSIONS_PER_BOARD));
    expect((await app.request(`/api/boards/${id}/versions/${saved.at(-1)}`, bearer(token('facilitator')))).status).toBe(404);
  });

  it('serves a version as Yjs update bytes or as JSON, as the board was when saved', async () => {
    const { id, token } = await createBoard();
    await deps.relay.withBoard(id, (board) => board.content.change((doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Умная парковка' })));
    const { id: versionId } = (await (await save(id, token('facilitator'), { name: 'С парковкой' })).json()) as { id: string };
    await deps.relay.withBoard(id, (board) => board.content.change((doc) => addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Позже' })));

    const bytes = await app.request(`/api/boards/${id}/versions/${versionId}`, bearer(token('facilitator')));
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('content-type')).toBe('application/octet-stream');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await bytes.arrayBuffer()));
    expect(listCards(doc).map((card) => card.title)).toEqual(['Умная парковка']);

    const asJson = await app.request(`/api/boards/${id}/versions/${versionId}?format=json`, bearer(token('facilitator')));
    expect(asJson.status).toBe(200);
    const content = (await asJson.json()) as BoardContent;
    expect(content).toEqual(JSON.parse(JSON.stringify(readBoardContent(doc))));
    expect(content.meta.title).toBe('Калуга 2030');
  });

  it('serves a version saved under an older schema migrated, so a restore never brings the old layout back', async () => {
    const { id, token } = await createBoard();
    const old = new Y.Doc();
    old.transact(() => {
      // Version 0: no schema version, a card's lane and order as two keys, a plain-string description.
      old.getMap('meta').set('title', 'Старая доска');
      const lane = new Y.Map<unknown>();
      lane.set('title', 'Городская среда');
      lane.set('order', 'a0');
      old.getMap('lanes').set('lane1', lane);
      const card = new Y.Map<unknown>();
      card.set('title', 'Умная парковка');
      card.set('lane', 'lane1');
      card.set('order', 1);
      card.set('description', 'старое описание');
      old.getMap('cards').set('c1', card);
    });
    await deps.store.saveVersion(id, { id: 'old1', name: 'Старая', createdAt: 1, trigger: 'manual', state: Y.encodeStateAsUpdate(old) }, 100);
    const response = await app.request(`/api/boards/${id}/versions/old1?format=json`, bearer(token('facilitator')));
    const content = (await response.json()) as BoardContent;
    expect(content.cards).toMatchObject([{ id: 'c1', title: 'Умная парковка', laneId: 'lane1', description: 'старое описание' }]);
  });

  it('is for facilitators only', async () => {
    const { id, token } = await createBoard();
    const { id: versionId } = (await (await save(id, token('facilitator'), { name: 'v' })).json()) as { id: string };
    for (const role of ['editor', 'expert', 'viewer']) {
      expect((await app.request(`/api/boards/${id}/versions`, bearer(token(role)))).status).toBe(403);
      expect((await save(id, token(role), { name: 'v' })).status).toBe(403);
      expect((await app.request(`/api/boards/${id}/versions/${versionId}`, bearer(token(role)))).status).toBe(403);
    }
    expect((await app.request(`/api/boards/${id}/versions`)).status).toBe(401);
    const { versions } = (await (await app.request(`/api/boards/${id}/versions`, bearer(token('facilitator')))).json()) as { versions: unknown[] };
    expect(versions).toHaveLength(1);
  });

  it('answers 404 for an unknown version or board', async () => {
    const { id, token } = await createBoard();
    for (const versionId of ['nope', 'x'.repeat(65), '..%2F..%2Fetc']) {
      const response = await app.request(`/api/boards/${id}/versions/${versionId}`, bearer(token('facilitator')));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'not-found', message: 'no such version' } });
    }
    expect((await app.request('/api/boards/AAAAAAAAAAAAAA/versions', bearer(token('facilitator')))).status).toBe(404);
  });

  it.each([[{}], [{ name: '   ' }], [{ name: 'x'.repeat(121) }], [{ name: 42 }], [{ name: 'ok', trigger: 'phase' }]])('refuses %j with a 400', async (body) => {
    const { id, token } = await createBoard();
    const response = await save(id, token('facilitator'), body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid-request');
  });

  it('refuses an unknown format with a 400', async () => {
    const { id, token } = await createBoard();
    const { id: versionId } = (await (await save(id, token('facilitator'), { name: 'v' })).json()) as { id: string };
    expect((await app.request(`/api/boards/${id}/versions/${versionId}?format=docx`, bearer(token('facilitator')))).status).toBe(400);
  });
});
