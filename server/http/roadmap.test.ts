/**
 * Starting a board from a past session (`POST /api/boards` with `from` or `import`), through
 * `app.request()`: the round trip through the JSON export, and every refusal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { addCard, addResource, addStage, listLanes, readBoardContent, setDescription, updateCard, type Card } from '../../shared/board';
import type { ServerDeps } from '../ServerDeps';
import { bearer, createTestApp, jsonRequest as json } from '../test/testApp';

let deps: ServerDeps;
let app: ReturnType<typeof createTestApp>['app'];

interface Created {
  id: string;
  links: Record<string, string>;
  carriedOver?: number;
}

async function create(body: unknown) {
  const response = await app.request('http://board.local/api/boards', json(body));
  return { response, body: (await response.json()) as Created & { error: { code: string; message: string } } };
}
const token = (board: Created, role = 'facilitator') => board.links[role]!.split('#k=')[1]!;
const content = (id: string) => deps.relay.withBoard(id, (room) => readBoardContent(room.content.doc));

/** A past session with two priority initiatives (one already on an earlier roadmap) and an idea. */
async function pastSession(): Promise<Created> {
  const { body } = await create({ title: 'Калуга 2025', date: '2025-11-20', lanes: [{ title: 'Туризм' }, { title: 'АПК' }, { title: 'Кадры' }] });
  await deps.relay.withBoard(body.id, (room) =>
    room.room('content').change((doc: Y.Doc) => {
      const [tourism, farming] = listLanes(doc);
      const trail = addCard(doc, {
        laneId: tourism!.id,
        title: 'Велотропа вдоль Оки',
        author: 'Анна',
        tags: ['туризм'],
        partners: ['Турцентр'],
        status: 'priority',
        kind: 'initiative',
        owner: 'Минтуризма',
        color: 'green',
      });
      setDescription(doc, trail, '40 км');
      addResource(doc, trail, { kind: 'money', amount: 3e7, currency: 'RUB' });
      addStage(doc, trail, { title: 'Проект', due: '2026-05-01' });
      const dairy = addCard(doc, { laneId: farming!.id, title: 'Молочный кластер', author: 'Борис', status: 'priority' });
      updateCard(doc, dairy, { roadmap: 'in-progress' });
      addCard(doc, { laneId: farming!.id, title: 'Просто идея', author: 'Вера' });
    }),
  );
  return body;
}

/** Cards as the room sees them, minus what a copy changes on purpose. */
const comparable = (cards: Card[]) =>
  cards.map(({ id: _i, laneId: _l, order: _o, createdAt: _c, updatedAt: _u, origin: _g, roadmap: _r, resources, stages, ...rest }) => ({
    ...rest,
    resources: resources.map(({ id: _id, ...r }) => r),
    stages: stages.map(({ id: _id, ...s }) => s),
  }));

beforeEach(() => {
  ({ deps, app } = createTestApp());
});
afterEach(async () => {
  await deps.relay.shutdown();
});

describe('POST /api/boards from a past session', () => {
  it('round-trips the JSON export into a new board with the priority initiatives on the roadmap', async () => {
    const past = await pastSession();
    const exported = await (await app.request(`/api/boards/${past.id}/export?format=json`, bearer(token(past, 'viewer')))).json();
    const { response, body } = await create({ title: 'Калуга 2026', import: exported });
    expect(response.status).toBe(201);
    expect(body.carriedOver).toBe(2);
    const before = await content(past.id);
    const after = await content(body.id);
    expect(after.lanes.map((lane) => lane.title)).toEqual(['Туризм', 'АПК', 'Кадры']);
    expect(comparable(after.cards)).toEqual(comparable(before.cards.filter((card) => card.status === 'priority')));
    const origin = { boardId: null, title: 'Калуга 2025', date: '2025-11-20' };
    expect(after.cards.map((card) => [card.title, card.roadmap, card.origin])).toEqual([
      ['Велотропа вдоль Оки', 'not-started', origin],
      ['Молочный кластер', 'in-progress', origin],
    ]);
    expect(after.cards.map((card) => card.id)).not.toContain(before.cards[0]!.id);
    expect(after.meta).toMatchObject({ title: 'Калуга 2026', locale: 'ru' });
  });

  it('reads the past board through the relay with any of its links', async () => {
    const past = await pastSession();
    for (const role of ['viewer', 'expert', 'editor', 'facilitator']) {
      const { response, body } = await create({ title: 'Калуга 2026', from: { boardId: past.id, token: token(past, role) } });
      expect(response.status).toBe(201);
      expect(body.carriedOver).toBe(2);
    }
    const { body } = await create({ title: 'Калуга 2026', from: { boardId: past.id, token: token(past, 'viewer') } });
    const cards = (await content(body.id)).cards;
    expect(cards.map((card) => card.origin)).toEqual(Array(2).fill({ boardId: past.id, title: 'Калуга 2025', date: '2025-11-20' }));
  });

  it('uses the tracks the request gives, adding only those the initiatives need', async () => {
    const past = await pastSession();
    const from = { boardId: past.id, token: token(past) };
    const custom = await create({ title: 'T', from, lanes: [{ title: 'АПК' }, { title: 'Экология' }] });
    expect((await content(custom.body.id)).lanes.map((lane) => lane.title)).toEqual(['АПК', 'Экология', 'Туризм']);
    const blank = await create({ title: 'T', from, template: 'blank' });
    expect((await content(blank.body.id)).lanes.map((lane) => lane.title)).toEqual(['Туризм', 'АПК']);
    const english = await create({ title: 'T', from, template: 'strategic-session', locale: 'en' });
    expect((await content(english.body.id)).lanes[0]!.title).toBe('Science & technology, growth points');
  });

  it('answers 403 for a wrong token and 404 for an unknown board, creating nothing', async () => {
    const past = await pastSession();
    const spy = vi.spyOn(deps.store, 'createBoard');
    const wrong = await create({ title: 'T', from: { boardId: past.id, token: 'x'.repeat(32) } });
    expect(wrong.response.status).toBe(403);
    expect(wrong.body.error.code).toBe('forbidden');
    expect((await create({ title: 'T', from: { boardId: 'nosuchboard123', token: token(past) } })).response.status).toBe(404);
    expect((await create({ title: 'T', from: { boardId: past.id, token: '' } })).response.status).toBe(400);
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses malformed or foreign JSON with a 400 naming the problem, creating nothing', async () => {
    const past = await pastSession();
    const exported = (await (await app.request(`/api/boards/${past.id}/export?format=json`, bearer(token(past)))).json()) as {
      board: { cards: Array<Record<string, unknown>> };
    };
    const badStatus = structuredClone(exported);
    badStatus.board.cards[0]!.status = 'done';
    const spy = vi.spyOn(deps.store, 'createBoard');
    const cases: Array<[unknown, RegExp]> = [
      [{ name: 'Trello export', lists: [] }, /^import: not a Stratboard board export/],
      ['a string', /^import: not a Stratboard board export/],
      [null, /^import: not a Stratboard board export/],
      [exported.board, /^import: not a Stratboard board export/],
      [{ ...exported, version: 7 }, /^import: unsupported export version 7/],
      [badStatus, /^import: invalid board in the export: board\.cards\.0\.status/],
    ];
    for (const [value, message] of cases) {
      const { response, body } = await create({ title: 'T', import: value });
      expect(response.status, String(message)).toBe(400);
      expect(body.error.code).toBe('invalid-request');
      expect(body.error.message).toMatch(message);
    }
    const both = await create({ title: 'T', import: exported, from: { boardId: past.id, token: token(past) } });
    expect(both.response.status).toBe(400);
    expect(both.body.error.message).toContain('either "from" or "import"');
    const badFrom = await create({ title: 'T', from: { boardId: past.id } });
    expect(badFrom.body.error.message).toContain('from.token');
    expect(spy).not.toHaveBeenCalled();
  });

  it('keeps the body size limit', async () => {
    const huge = await create({ title: 'T', import: { format: 'stratboard-board', version: 1, padding: 'x'.repeat(1_100_000) } });
    expect(huge.response.status).toBe(413);
  });

  it('leaves boards without a past session as they were', async () => {
    const { body } = await create({ title: 'T' });
    expect(body.carriedOver).toBeUndefined();
    expect((await content(body.id)).lanes).toHaveLength(4);
  });
});
