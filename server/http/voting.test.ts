/**
 * Dot voting through the API: every rule the server enforces, and every refusal's status.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, listLanes, setCardStatus, setPhase, setVotesRevealed, setVotingRules, readVoteTotals, type CardId } from '../../shared/board';
import type { ServerDeps } from '../ServerDeps';
import { bearer, createTestApp, jsonRequest } from '../test/testApp';

let deps: ServerDeps;
let app: ReturnType<typeof createTestApp>['app'];
let boardId: string;
let tokens: Record<string, string>;
let shortlisted: CardId;
let secondShortlisted: CardId;
let idea: CardId;

/** A facilitator's change to a board document, applied as the server would apply it. */
async function asFacilitator(kind: 'content' | 'session', change: (doc: Y.Doc) => void) {
  await deps.relay.withBoard(boardId, (board) => board.room(kind).change(change));
}

async function join(role: string, name = 'Анна') {
  const response = await app.request(`/api/boards/${boardId}/participants`, jsonRequest({ name }, { authorization: `Bearer ${tokens[role]}` }));
  expect(response.status).toBe(201);
  return ((await response.json()) as { participantToken: string }).participantToken;
}

function vote(role: string, participant: string | null, cardId: string, delta: number) {
  const headers: Record<string, string> = { authorization: `Bearer ${tokens[role]}` };
  if (participant) headers['x-participant'] = participant;
  return app.request(`/api/boards/${boardId}/votes`, jsonRequest({ cardId, delta }, headers));
}

beforeEach(async () => {
  ({ deps, app } = createTestApp());
  const created = await app.request('/api/boards', jsonRequest({ title: 'Голосование' }));
  const body = (await created.json()) as { id: string; links: Record<string, string> };
  boardId = body.id;
  tokens = Object.fromEntries(Object.entries(body.links).map(([role, link]) => [role, link.split('#k=')[1]!]));
  await asFacilitator('content', (doc) => {
    const lane = listLanes(doc)[0]!.id;
    shortlisted = addCard(doc, { laneId: lane, title: 'Ветропарк', author: 'x' });
    secondShortlisted = addCard(doc, { laneId: lane, title: 'СПГ', author: 'x' });
    idea = addCard(doc, { laneId: lane, title: 'Просто идея', author: 'x' });
    setCardStatus(doc, shortlisted, 'shortlisted');
    setCardStatus(doc, secondShortlisted, 'priority');
  });
  await asFacilitator('session', (doc) => {
    setVotingRules(doc, { perParticipant: 3, maxPerCard: 2 });
    setPhase(doc, 'voting');
  });
});

afterEach(async () => {
  await deps.relay.shutdown();
});

describe('voting API', () => {
  it('places and takes back votes within the budget and the per-card limit', async () => {
    const anna = await join('editor');
    let response = await vote('editor', anna, shortlisted, 1);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ budget: 3, maxPerCard: 2, used: 1, remaining: 2, votes: { [shortlisted]: 1 } });
    await vote('editor', anna, shortlisted, 1);
    response = await vote('editor', anna, shortlisted, 1);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: 'rule-violation', message: 'at most 2 votes per card' } });
    expect((await vote('editor', anna, secondShortlisted, 1)).status).toBe(200);
    response = await vote('editor', anna, secondShortlisted, 1);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { message: 'all 3 votes are used' } });
    expect((await vote('editor', anna, shortlisted, -1)).status).toBe(200);
    response = await app.request(`/api/boards/${boardId}/ballot`, bearer(tokens.editor!, { 'x-participant': anna }));
    expect(await response.json()).toMatchObject({ used: 2, remaining: 1, votes: { [shortlisted]: 1, [secondShortlisted]: 1 } });
    response = await vote('editor', anna, idea, -1);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { message: 'you have no vote on this card to take back' } });
  });

  it('keeps one ballot per participant', async () => {
    const anna = await join('editor', 'Анна');
    const boris = await join('editor', 'Борис');
    for (let i = 0; i < 2; i++) {
      expect((await vote('editor', anna, shortlisted, 1)).status).toBe(200);
      expect((await vote('editor', boris, shortlisted, 1)).status).toBe(200);
    }
    expect((await vote('editor', anna, shortlisted, 1)).status).toBe(422);
  });

  it('refuses viewers, missing or forged identities, ideas, unknown cards, bad deltas and the wrong phase', async () => {
    const viewer = await join('viewer', 'Зритель');
    const anna = await join('editor');
    expect((await vote('viewer', viewer, shortlisted, 1)).status).toBe(403);
    expect((await vote('editor', null, shortlisted, 1)).status).toBe(401);
    expect((await vote('editor', `${anna.split('.')[0]}.${'x'.repeat(32)}`, shortlisted, 1)).status).toBe(401);
    expect((await vote('editor', 'garbage', shortlisted, 1)).status).toBe(401);
    const onIdea = await vote('editor', anna, idea, 1);
    expect(onIdea.status).toBe(422);
    expect(await onIdea.json()).toMatchObject({ error: { message: 'only shortlisted cards take votes' } });
    expect((await vote('editor', anna, 'no-such-card', 1)).status).toBe(404);
    expect((await vote('editor', anna, shortlisted, 2)).status).toBe(400);
    // A body that is not JSON at all (what a cross-site form sends) is refused before anything else…
    const asText = (body: string, type?: string) =>
      app.request(`/api/boards/${boardId}/votes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.editor}`, 'x-participant': anna, ...(type ? { 'content-type': type } : {}) },
        body,
      });
    expect((await asText('{"cardId":"x","delta":1}')).status).toBe(415);
    expect((await asText('{"cardId":"x","delta":1}', 'text/plain')).status).toBe(415);
    // …and JSON that does not parse is a 400 in the usual error shape.
    const broken = await asText('{', 'application/json');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid-request' } });
    expect((await vote('editor', anna, shortlisted, 1)).status).toBe(200);
    await asFacilitator('session', (doc) => setPhase(doc, 'scoring'));
    const closed = await vote('editor', anna, shortlisted, 1);
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({ error: { code: 'wrong-phase', message: 'voting is not open' } });
    expect((await app.request(`/api/boards/${boardId}/votes`, jsonRequest({ cardId: shortlisted, delta: 1 }))).status).toBe(401);
  });

  it('keeps counts secret until the facilitator reveals them; the reveal closes voting until they are hidden again', async () => {
    const anna = await join('editor', 'Анна');
    const boris = await join('facilitator', 'Ольга');
    await vote('editor', anna, shortlisted, 1);
    await vote('facilitator', boris, shortlisted, 1);
    await vote('facilitator', boris, secondShortlisted, 1);
    const totals = () => deps.relay.withBoard(boardId, (board) => readVoteTotals(board.session.doc));
    expect(await totals()).toEqual({});
    await asFacilitator('session', (doc) => setVotesRevealed(doc, true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await totals()).toEqual({ [shortlisted]: 2, [secondShortlisted]: 1 });
    // No bandwagon votes with the count in view, and no taking one back either.
    for (const delta of [1, -1] as const) {
      const late = await vote('editor', anna, delta === 1 ? secondShortlisted : shortlisted, delta);
      expect(late.status).toBe(409);
      expect(await late.json()).toMatchObject({ error: { code: 'wrong-phase', message: expect.stringContaining('voting is closed: the totals are shown') } });
    }
    expect(await totals()).toEqual({ [shortlisted]: 2, [secondShortlisted]: 1 });
    await asFacilitator('session', (doc) => setVotesRevealed(doc, false));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await totals()).toEqual({});
    // Hiding the totals is the facilitator's explicit reopening.
    expect((await vote('editor', anna, secondShortlisted, 1)).status).toBe(200);
    await asFacilitator('session', (doc) => setVotesRevealed(doc, true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await totals()).toEqual({ [shortlisted]: 2, [secondShortlisted]: 2 });
  });

  it('names the participant and rejects an empty name', async () => {
    const bad = await app.request(`/api/boards/${boardId}/participants`, jsonRequest({ name: ' ' }, { authorization: `Bearer ${tokens.editor}` }));
    expect(bad.status).toBe(400);
    const ok = await app.request(`/api/boards/${boardId}/participants`, jsonRequest({ name: 'Анна' }, { authorization: `Bearer ${tokens.viewer}` }));
    expect(await ok.json()).toMatchObject({ role: 'viewer', participantToken: expect.stringMatching(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{32}$/) });
  });
});
