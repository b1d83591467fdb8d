/**
 * The attacks tried on the HTTP API, one test each: identities and ballots, acknowledgements a
 * store refused, results stuffed into the session document, cross-site and unthrottled board
 * creation, and the headers a browser relies on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { addCard, listLanes, setCardStatus, setPhase, setVotesRevealed, writeVoteTotals, type CardId } from '../../shared/board';
import type { Config } from '../config';
import type { ServerDeps } from '../ServerDeps';
import { bearer, createTestApp, jsonRequest } from '../test/testApp';

let deps: ServerDeps;
let app: ReturnType<typeof createTestApp>['app'];

afterEach(async () => {
  vi.restoreAllMocks();
  await deps.relay.shutdown();
});

/** A board in the voting phase with one shortlisted card. */
async function votingBoard(overrides: Partial<Config> = {}) {
  ({ deps, app } = createTestApp(overrides));
  const created = await app.request('/api/boards', jsonRequest({ title: 'Голосование' }));
  const body = (await created.json()) as { id: string; links: Record<string, string> };
  const tokens = Object.fromEntries(Object.entries(body.links).map(([role, link]) => [role, link.split('#k=')[1]!]));
  const change = (kind: 'content' | 'session', fn: (doc: Y.Doc) => void) => deps.relay.withBoard(body.id, (board) => board.room(kind).change(fn));
  let card = '' as CardId;
  await change('content', (doc) => {
    card = addCard(doc, { laneId: listLanes(doc)[0]!.id, title: 'Ветропарк', author: 'x' });
    setCardStatus(doc, card, 'shortlisted');
  });
  await change('session', (doc) => setPhase(doc, 'voting'));
  const join = async (role: string, name = 'Анна', headers: Record<string, string> = {}) =>
    app.request(`/api/boards/${body.id}/participants`, jsonRequest({ name }, { authorization: `Bearer ${tokens[role]}`, ...headers }));
  const identity = async (role: string) => ((await (await join(role)).json()) as { participantToken: string }).participantToken;
  const vote = (role: string, participant: string) =>
    app.request(
      `/api/boards/${body.id}/votes`,
      jsonRequest({ cardId: card, delta: 1 }, { authorization: `Bearer ${tokens[role]}`, 'x-participant': participant }),
    );
  return { id: body.id, tokens, card, change, join, identity, vote };
}

describe('attacks on the HTTP API', () => {
  it('an identity made through the viewer link does not vote through an editor link', async () => {
    const board = await votingBoard();
    const viewerIdentity = await board.identity('viewer');
    const response = await board.vote('editor', viewerIdentity);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'identity-unknown' } });
    expect((await board.vote('editor', await board.identity('editor'))).status).toBe(200);
  });

  it('one link, ten identities, a vote each: the facilitator sees ten ballots, nobody else sees the count', async () => {
    const board = await votingBoard();
    for (let i = 0; i < 10; i++) expect((await board.vote('editor', await board.identity('editor'))).status).toBe(200);
    await board.identity('viewer');
    const summary = await app.request(`/api/boards/${board.id}/ballots`, bearer(board.tokens.facilitator!));
    expect(await summary.json()).toEqual({ identities: 10, withVotes: 10, votes: 10 });
    expect((await app.request(`/api/boards/${board.id}/ballots`, bearer(board.tokens.editor!))).status).toBe(403);
  });

  it('a vote or a join the store refused is answered 503, and nothing of it is counted', async () => {
    const board = await votingBoard();
    const anna = await board.identity('editor');
    vi.spyOn(deps.store, 'append').mockRejectedValueOnce(new Error('disk full'));
    const refused = await board.vote('editor', anna);
    expect(refused.status).toBe(503);
    const ballot = await app.request(`/api/boards/${board.id}/ballot`, bearer(board.tokens.editor!, { 'x-participant': anna }));
    expect(await ballot.json()).toMatchObject({ used: 0 });
    vi.spyOn(deps.store, 'append').mockRejectedValueOnce(new Error('disk full'));
    const join = await board.join('editor', 'Борис');
    expect(join.status).toBe(503);
    expect((await board.vote('editor', anna)).status).toBe(200);
  });

  it('a vote is answered once its own commit is durable, not once every board stops writing', async () => {
    const board = await votingBoard();
    const anna = await board.identity('editor');
    // Commits that take a moment, and a stream of edits that keeps the pipeline from ever going idle.
    const append = deps.store.append.bind(deps.store);
    vi.spyOn(deps.store, 'append').mockImplementation(async (entries) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return append(entries);
    });
    let answered = false;
    let streamed = 0;
    const pump = () => {
      if (answered || streamed >= 2000) return;
      streamed++;
      void board.change('content', (doc) => addCard(doc, { laneId: listLanes(doc)[1]!.id, title: `Поток ${streamed}`, author: 'x' }));
      setImmediate(pump);
    };
    pump();
    const response = await board.vote('editor', anna);
    answered = true;
    expect(response.status).toBe(200);
    // Answered while the stream still ran: it waited for its own commit, not for the pipeline to empty.
    expect(streamed).toBeLessThan(2000);
  });

  it('joins through one link, or from one address, are throttled', async () => {
    const board = await votingBoard({ trustProxy: true });
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await board.join('editor', `Гость ${i}`, { 'x-forwarded-for': '203.0.113.7' })).status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(60);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not held back by the first one.
    expect((await board.join('editor', 'Соседка', { 'x-forwarded-for': '198.51.100.2' })).status).toBe(201);
  });

  it('vote totals stuffed into the session document do not reach the report: it counts the ballots', async () => {
    const board = await votingBoard();
    await board.vote('editor', await board.identity('editor'));
    await board.change('session', (doc) => {
      setVotesRevealed(doc, true);
      writeVoteTotals(doc, { [board.card]: 999 });
    });
    const report = (await (await app.request(`/api/boards/${board.id}/export?format=json`, bearer(board.tokens.viewer!))).json()) as {
      results: { votes: Record<string, number> };
    };
    expect(report.results.votes).toEqual({ [board.card]: 1 });
  });

  it('board creation takes JSON only, is throttled per address, and needs the operator’s token when one is set', async () => {
    ({ deps, app } = createTestApp({ trustProxy: true, maxBoardsPerIpPerHour: 6 }));
    const crossSite = await app.request('/api/boards', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ title: 'Спам' }) });
    expect(crossSite.status).toBe(415);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await app.request('/api/boards', jsonRequest({ title: `Доска ${i}` }, { 'x-forwarded-for': '203.0.113.9' }))).status);
    expect(statuses).toEqual([201, 201, 429, 429]);
    await deps.relay.shutdown();

    ({ deps, app } = createTestApp({ createToken: 'operator-secret-2026' }));
    expect(await (await app.request('/api/server')).json()).toEqual({ createTokenRequired: true });
    expect((await app.request('/api/boards', jsonRequest({ title: 'Без кода' }))).status).toBe(401);
    expect((await app.request('/api/boards', jsonRequest({ title: 'Чужой код' }, { authorization: 'Bearer not-the-secret-token' }))).status).toBe(403);
    expect((await app.request('/api/boards', jsonRequest({ title: 'С кодом' }, { authorization: 'Bearer operator-secret-2026' }))).status).toBe(201);
  });

  it('every response carries the security headers; the printable report keeps its stricter policy', async () => {
    const board = await votingBoard();
    for (const path of ['/api/time', `/api/boards/${board.id}`, '/healthz', '/api/nothing-here']) {
      const response = await app.request(path, bearer(board.tokens.viewer!));
      expect(response.headers.get('content-security-policy'), path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
    const report = await app.request(`/api/boards/${board.id}/export?format=html`, bearer(board.tokens.viewer!));
    expect(report.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });
});
