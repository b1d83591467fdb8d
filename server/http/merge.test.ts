/**
 * Merging duplicates through the API: the cards become one that keeps every author, comment,
 * resource and vote (no ballot lost or counted twice), and the facilitator's suggestions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addCard,
  addComment,
  addResource,
  getCard,
  groupCards,
  listClusters,
  listComments,
  listLanes,
  readBallot,
  readMarks,
  readVoteTotals,
  setCardStatus,
  setLocked,
  setPhase,
  setVotesRevealed,
  setVotingRules,
  type CardId,
} from '../../shared/board';
import type { ServerDeps } from '../ServerDeps';
import { bearer, createTestApp, jsonRequest } from '../test/testApp';

let deps: ServerDeps;
let app: ReturnType<typeof createTestApp>['app'];
let boardId: string;
let tokens: Record<string, string>;
let parking: CardId;
let parking2: CardId;
let parking3: CardId;
let wind: CardId;

async function asFacilitator(kind: 'content' | 'session', change: (doc: Y.Doc) => void) {
  await deps.relay.withBoard(boardId, (board) => board.room(kind).change(change));
}

const read = <T>(reader: (board: { content: Y.Doc; session: Y.Doc; private: Y.Doc }) => T) =>
  deps.relay.withBoard(boardId, (board) => reader({ content: board.content.doc, session: board.session.doc, private: board.private.doc }));

async function join(role: string, name: string) {
  const response = await app.request(`/api/boards/${boardId}/participants`, jsonRequest({ name }, { authorization: `Bearer ${tokens[role]}` }));
  return ((await response.json()) as { participantToken: string; participantId: string }).participantToken;
}

const vote = (participant: string, cardId: string) =>
  app.request(`/api/boards/${boardId}/votes`, jsonRequest({ cardId, delta: 1 }, { authorization: `Bearer ${tokens.editor}`, 'x-participant': participant }));

const merge = (role: string, cards: string[]) =>
  app.request(`/api/boards/${boardId}/cards/merge`, jsonRequest({ cards }, { authorization: `Bearer ${tokens[role]}` }));

beforeEach(async () => {
  ({ deps, app } = createTestApp());
  const created = await app.request('/api/boards', jsonRequest({ title: 'Дубликаты' }));
  const body = (await created.json()) as { id: string; links: Record<string, string> };
  boardId = body.id;
  tokens = Object.fromEntries(Object.entries(body.links).map(([role, link]) => [role, link.split('#k=')[1]!]));
  await asFacilitator('content', (doc) => {
    const lane = listLanes(doc)[2]!.id;
    parking = addCard(doc, { laneId: lane, title: 'Умная парковка', author: 'Вера', now: 1 });
    parking2 = addCard(doc, { laneId: lane, title: 'Умные парковки в центре', description: 'Датчики на 300 мест', author: 'Олег', now: 2 });
    parking3 = addCard(doc, { laneId: lane, title: 'Мониторинг парковочных мест', author: 'Ирина', now: 3 });
    wind = addCard(doc, { laneId: listLanes(doc)[3]!.id, title: 'Ветропарк', author: 'Вера', now: 4 });
    for (const id of [parking, parking2, parking3, wind]) setCardStatus(doc, id, 'shortlisted');
    addComment(doc, { cardId: parking2, author: 'Пётр', text: 'Начать с Театральной площади' });
    addResource(doc, parking2, { kind: 'money', amount: 45_000_000, currency: 'RUB', description: 'датчики' });
    groupCards(doc, [parking2, parking3], 'Парковки');
  });
  await asFacilitator('session', (doc) => {
    setVotingRules(doc, { perParticipant: 5, maxPerCard: 2 });
    setPhase(doc, 'voting');
  });
});

afterEach(async () => {
  await deps.relay.shutdown();
});

describe('merging cards', () => {
  it('keeps every vote: each ballot’s dots on the merged cards move to the card that stays', async () => {
    const [anna, boris, clara] = [await join('editor', 'Анна'), await join('editor', 'Борис'), await join('editor', 'Клара')];
    for (const [who, card] of [
      [anna, parking],
      [anna, parking2],
      [anna, parking2],
      [boris, parking2],
      [boris, parking3],
      [clara, wind],
    ] as const)
      expect((await vote(who, card)).status).toBe(200);

    const response = await merge('editor', [parking2, parking3, parking]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ into: parking, merged: [parking2, parking3] });

    const ballots = await read((board) => [anna, boris, clara].map((token) => readBallot(board.private, token.split('.')[0]!)));
    expect(ballots).toEqual([{ [parking]: 3 }, { [parking]: 2 }, { [wind]: 1 }]);
    // Six dots placed, six counted once the totals are shown.
    await asFacilitator('session', (doc) => setVotesRevealed(doc, true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await read((board) => readVoteTotals(board.session))).toEqual({ [parking]: 5, [wind]: 1 });
  });

  it('keeps every author, comment, resource and the cluster, and removes the merged cards', async () => {
    expect((await merge('facilitator', [parking, parking2, parking3])).status).toBe(200);
    const card = await read((board) => getCard(board.content, parking)!);
    expect(card.title).toBe('Умная парковка');
    expect(card.author).toBe('Вера');
    expect(card.coauthors).toEqual(['Олег', 'Ирина']);
    expect(card.description).toBe('Умные парковки в центре\nДатчики на 300 мест (Олег)\n\nМониторинг парковочных мест (Ирина)');
    expect(card.resources).toMatchObject([{ kind: 'money', amount: 45_000_000, currency: 'RUB', description: 'датчики' }]);
    expect(card.cluster).not.toBeNull();
    const rest = await read((board) => ({
      gone: [parking2, parking3].map((id) => getCard(board.content, id)),
      comments: listComments(board.content, parking).map((comment) => comment.text),
      clusters: listClusters(board.content).map((cluster) => cluster.id),
    }));
    expect(rest.gone).toEqual([null, null]);
    expect(rest.comments).toEqual(['Начать с Театральной площади']);
    expect(rest.clusters).toEqual([card.cluster]);
  });

  it('moves an expert’s marks with the card when the card that stays has none', async () => {
    await asFacilitator('session', (doc) => setPhase(doc, 'scoring'));
    const expert = await join('expert', 'Эксперт');
    const marks = { effect: 4, feasibility: 3 };
    const scored = await app.request(
      `/api/boards/${boardId}/scores`,
      jsonRequest({ cardId: parking2, marks }, { authorization: `Bearer ${tokens.expert}`, 'x-participant': expert }),
    );
    expect(scored.status, await scored.clone().text()).toBe(200);
    expect((await merge('facilitator', [parking, parking2])).status).toBe(200);
    expect(await read((board) => readMarks(board.private, expert.split('.')[0]!))).toEqual({ [parking]: marks });
  });

  it('refuses those who may not change the board, one card, unknown cards, and a locked board to editors', async () => {
    expect((await merge('viewer', [parking, parking2])).status).toBe(403);
    expect((await merge('expert', [parking, parking2])).status).toBe(403);
    expect((await merge('editor', [parking])).status).toBe(400);
    expect((await merge('editor', [parking, 'no-such-card'])).status).toBe(404);
    await asFacilitator('session', (doc) => setLocked(doc, true));
    const locked = await merge('editor', [parking, parking2]);
    expect(locked.status).toBe(403);
    expect(await locked.text()).toContain('locked');
    expect(await read((board) => getCard(board.content, parking2))).not.toBeNull();
  });
});

describe('duplicate suggestions', () => {
  const suggestions = async (role = 'facilitator') => {
    const response = await app.request(`/api/boards/${boardId}/duplicates`, bearer(tokens[role]!));
    return { status: response.status, body: (await response.json()) as { pairs: Array<{ a: string; b: string; score: number }> } };
  };

  it('suggests alike cards of one track to the facilitator only, and forgets a dismissed pair', async () => {
    const { status, body } = await suggestions();
    expect(status).toBe(200);
    expect(body.pairs.map((pair) => [pair.a, pair.b])).toEqual([[parking, parking2]]);
    expect((await suggestions('editor')).status).toBe(403);
    const dismissed = await app.request(
      `/api/boards/${boardId}/duplicates/dismiss`,
      jsonRequest({ a: parking2, b: parking }, { authorization: `Bearer ${tokens.facilitator}` }),
    );
    expect(dismissed.status).toBe(200);
    expect((await suggestions()).body.pairs).toEqual([]);
  });
});
