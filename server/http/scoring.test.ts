/**
 * Expert scoring through the API: roles, phase, shortlisted cards, mark validation, secrecy
 * until reveal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, listLanes, readScoreResults, setCardStatus, setPhase, setScoresRevealed, type CardId } from '../../shared/board';
import type { ServerDeps } from '../ServerDeps';
import { createTestApp, jsonRequest } from '../test/testApp';

let deps: ServerDeps;
let app: ReturnType<typeof createTestApp>['app'];
let boardId: string;
let tokens: Record<string, string>;
let wind: CardId;
let idea: CardId;

async function asServer(kind: 'content' | 'session', change: (doc: Y.Doc) => void) {
  await deps.relay.withBoard(boardId, (board) => board.room(kind).change(change));
}

async function join(role: string, name: string) {
  const response = await app.request(`/api/boards/${boardId}/participants`, jsonRequest({ name }, { authorization: `Bearer ${tokens[role]}` }));
  return ((await response.json()) as { participantToken: string }).participantToken;
}

const score = (role: string, participant: string, cardId: string, marks: Record<string, number>) =>
  app.request(`/api/boards/${boardId}/scores`, jsonRequest({ cardId, marks }, { authorization: `Bearer ${tokens[role]}`, 'x-participant': participant }));

beforeEach(async () => {
  ({ deps, app } = createTestApp());
  const body = (await (await app.request('/api/boards', jsonRequest({ title: 'Оценка' }))).json()) as { id: string; links: Record<string, string> };
  boardId = body.id;
  tokens = Object.fromEntries(Object.entries(body.links).map(([role, link]) => [role, link.split('#k=')[1]!]));
  await asServer('content', (doc) => {
    const lane = listLanes(doc)[3]!.id;
    wind = addCard(doc, { laneId: lane, title: 'Ветропарк', author: 'x' });
    idea = addCard(doc, { laneId: lane, title: 'Идея', author: 'x' });
    setCardStatus(doc, wind, 'priority');
  });
  await asServer('session', (doc) => setPhase(doc, 'scoring'));
});

afterEach(async () => {
  await deps.relay.shutdown();
});

describe('scoring API', () => {
  it('lets experts and facilitators score; results stay hidden until revealed', async () => {
    const expert = await join('expert', 'Эксперт');
    const olga = await join('facilitator', 'Ольга');
    const response = await score('expert', expert, wind, { effect: 5, feasibility: 4, resources: 2 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ marks: { [wind]: { effect: 5, feasibility: 4, resources: 2 } } });
    expect((await score('facilitator', olga, wind, { effect: 3 })).status).toBe(200);
    const mine = await app.request(`/api/boards/${boardId}/scores`, { headers: { authorization: `Bearer ${tokens.expert}`, 'x-participant': expert } });
    expect(await mine.json()).toMatchObject({
      criteria: expect.arrayContaining([expect.objectContaining({ id: 'effect', title: 'Эффект для территории' })]),
      marks: { [wind]: { effect: 5 } },
    });
    const results = () => deps.relay.withBoard(boardId, (board) => readScoreResults(board.session.doc));
    expect(await results()).toEqual({});
    await asServer('session', (doc) => setScoresRevealed(doc, true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await results())[wind]).toMatchObject({ experts: 2, criteria: { effect: { mean: 4, min: 3, max: 5, sd: 1 } } });
  });

  it('refuses editors, viewers, ideas, bad marks and the wrong phase', async () => {
    const expert = await join('expert', 'Эксперт');
    const anna = await join('editor', 'Анна');
    const viewer = await join('viewer', 'Зритель');
    expect((await score('editor', anna, wind, { effect: 3 })).status).toBe(403);
    expect((await score('viewer', viewer, wind, { effect: 3 })).status).toBe(403);
    expect((await score('expert', expert, idea, { effect: 3 })).status).toBe(422);
    const bad = await score('expert', expert, wind, { effect: 9 });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'rule-violation', message: 'marks are whole numbers from 1 to 5' } });
    expect((await score('expert', expert, wind, { charm: 3 })).status).toBe(422);
    expect((await score('expert', expert, 'nope', { effect: 3 })).status).toBe(404);
    expect((await score('expert', 'x.y', wind, { effect: 3 })).status).toBe(401);
    await asServer('session', (doc) => setPhase(doc, 'voting'));
    expect((await score('expert', expert, wind, { effect: 3 })).status).toBe(409);
  });

  it('shows the facilitator how far each expert is, never their marks, and nobody else', async () => {
    const anna = await join('expert', 'Анна');
    await join('expert', 'Борис');
    const olga = await join('facilitator', 'Ольга');
    await join('editor', 'Иван');
    const all = { effect: 5, feasibility: 4, resources: 2, alignment: 3, investment: 1 };
    expect((await score('expert', anna, wind, all)).status).toBe(200);
    const progress = (role: string) => app.request(`/api/boards/${boardId}/scores/progress`, { headers: { authorization: `Bearer ${tokens[role]}` } });
    const response = await progress('facilitator');
    expect(response.status).toBe(200);
    const body = await response.json();
    // One shortlisted initiative (the plain idea does not count), five default criteria;
    // the facilitator who has not scored and the editor are not listed.
    expect(body).toEqual({
      initiatives: 1,
      criteria: 5,
      experts: [
        { id: expect.any(String), name: 'Анна', role: 'expert', scored: 1, started: 1, total: 1 },
        { id: expect.any(String), name: 'Борис', role: 'expert', scored: 0, started: 0, total: 1 },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('"effect"');
    expect((await score('facilitator', olga, wind, { effect: 3 })).status).toBe(200);
    const withOlga = (await (await progress('facilitator')).json()) as { experts: Array<{ name: string; scored: number; started: number }> };
    expect(withOlga.experts.map((e) => [e.name, e.scored, e.started])).toEqual([
      ['Анна', 1, 1],
      ['Борис', 0, 0],
      ['Ольга', 0, 1],
    ]);
    for (const role of ['expert', 'editor', 'viewer']) expect((await progress(role)).status).toBe(403);
  });
});
