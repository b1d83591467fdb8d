/**
 * The HTTP API through `app.request()` (in-process, no sockets), against the public contract.
 */
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { addCard, listLanes, setCardStatus, setPhase, setScoresRevealed, setVotesRevealed, type CardId } from '../../shared/board';
import type { Config } from '../config';
import { parseCsv } from '../export/test/parseCsv';
import { zipEntries } from '../export/test/zipEntries';
import type { ServerDeps } from '../ServerDeps';
import { bearer, createTestApp, jsonRequest as json } from '../test/testApp';

let deps: ServerDeps;
let app: ReturnType<typeof createTestApp>['app'];

function setup(overrides: Partial<Config> = {}) {
  ({ deps, app } = createTestApp(overrides));
}

async function create(body: unknown = { title: 'Калуга 2030' }, headers: Record<string, string> = {}) {
  const response = await app.request('http://board.local/api/boards', json(body, headers));
  const created = (await response.json()) as { id: string; title: string; links: Record<string, string> };
  const token = (role: string) => created.links[role]!.split('#k=')[1]!;
  return { response, created, token };
}

beforeEach(() => setup());
afterEach(async () => {
  await deps.relay.shutdown();
});

describe('POST /api/boards', () => {
  it('creates a board with three absolute capability links', async () => {
    const { response, created } = await create();
    expect(response.status).toBe(201);
    expect(created.title).toBe('Калуга 2030');
    for (const role of ['facilitator', 'editor', 'expert', 'viewer']) {
      expect(created.links[role]).toMatch(new RegExp(`^http://board\\.local/b/${created.id}#k=[A-Za-z0-9_-]{32}$`));
    }
    expect(new Set(Object.values(created.links)).size).toBe(4);
  });

  it('titles the default tracks in the board language', async () => {
    const ru = await create({ title: 'T' });
    const en = await create({ title: 'T', locale: 'en' });
    const byHeader = await create({ title: 'T' }, { 'accept-language': 'en-GB,en;q=0.9' });
    const lanes = async (c: Awaited<ReturnType<typeof create>>) =>
      ((await (await app.request(`/api/boards/${c.created.id}`, bearer(c.token('viewer')))).json()) as { lanes: { title: string }[] }).lanes.map(
        (l) => l.title,
      );
    expect(await lanes(ru)).toEqual(['Научно-технологическое развитие и точки роста', 'Базовый сектор экономики', 'Городская среда', 'Инфраструктура и ЖКХ']);
    expect(await lanes(en)).toEqual(['Science & technology, growth points', 'Base economy', 'Urban environment', 'Infrastructure & utilities']);
    expect(await lanes(byHeader)).toEqual(await lanes(en));
    expect(await lanes(await create({ title: 'T', template: 'blank' }))).toEqual([]);
    expect(await lanes(await create({ title: 'T', lanes: [{ title: 'Туризм' }, { title: 'АПК' }, { title: 'Кадры' }] }))).toEqual(['Туризм', 'АПК', 'Кадры']);
  });

  it.each([
    [{}, 'title'],
    [{ title: '   ' }, 'title'],
    [{ title: 'x', template: 'kanban' }, 'template'],
    [{ title: 'x', locale: 'de' }, 'locale'],
    [{ title: 'x', lanes: [{ title: '' }] }, 'lanes'],
    [{ title: 'x', date: '3 декабря' }, 'date'],
  ])('rejects %j with a 400 naming the field', async (body, field) => {
    const { response } = await create(body);
    expect(response.status).toBe(400);
    const error = (await (await app.request('/api/boards', json(body))).json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('invalid-request');
    expect(error.error.message).toContain(field);
  });

  it('rejects malformed JSON and oversized bodies', async () => {
    const bad = await app.request('/api/boards', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid-request' } });
    const huge = await app.request('/api/boards', json({ title: 'x', padding: 'x'.repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it('builds links on the configured public URL', async () => {
    setup({ publicUrl: 'https://board.example.org' });
    const { created } = await create();
    expect(created.links.editor).toMatch(/^https:\/\/board\.example\.org\/b\//);
  });

  it('trusts X-Forwarded-* only when told to', async () => {
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'strat.example.org' };
    expect((await create({ title: 'T' }, headers)).created.links.viewer).toMatch(/^http:\/\/board\.local\//);
    setup({ trustProxy: true });
    expect((await create({ title: 'T' }, headers)).created.links.viewer).toMatch(/^https:\/\/strat\.example\.org\//);
  });
});

describe('GET /api/boards/:id', () => {
  it('tells each link its role', async () => {
    const { created, token } = await create({ title: 'Сессия', place: 'Тула', date: '2026-12-03' });
    for (const role of ['facilitator', 'editor', 'expert', 'viewer']) {
      const response = await app.request(`/api/boards/${created.id}`, bearer(token(role)));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: created.id, title: 'Сессия', role, place: 'Тула', date: '2026-12-03', locale: 'ru' });
    }
  });

  it('answers 401 without a token, 403 for a wrong one, 404 for unknown or malformed ids', async () => {
    const { created } = await create();
    expect((await app.request(`/api/boards/${created.id}`)).status).toBe(401);
    expect((await app.request(`/api/boards/${created.id}`, bearer('x'.repeat(32)))).status).toBe(403);
    expect((await app.request(`/api/boards/${created.id}`, bearer('short'))).status).toBe(403);
    expect((await app.request(`/api/boards/nosuchboard123`, bearer('x'.repeat(32)))).status).toBe(404);
    expect((await app.request(`/api/boards/${encodeURIComponent('../etc')}`, bearer('x'.repeat(32)))).status).toBe(404);
    const body = await (await app.request(`/api/boards/${created.id}`)).json();
    expect(body).toMatchObject({ error: { code: 'unauthorized' } });
  });
});

describe('POST /api/boards/:id/links/:role/rotate', () => {
  it('lets only facilitators rotate, and the old link stops working at once', async () => {
    const { created, token } = await create();
    const rotate = (role: string, as: string) => app.request(`/api/boards/${created.id}/links/${role}/rotate`, { method: 'POST', ...bearer(token(as)) });
    expect((await rotate('viewer', 'editor')).status).toBe(403);
    expect((await rotate('viewer', 'viewer')).status).toBe(403);
    expect((await rotate('owner', 'facilitator')).status).toBe(400);
    const response = await rotate('editor', 'facilitator');
    expect(response.status).toBe(200);
    const { link } = (await response.json()) as { link: string };
    expect(link).toMatch(new RegExp(`/b/${created.id}#k=`));
    expect((await app.request(`/api/boards/${created.id}`, bearer(token('editor')))).status).toBe(403);
    const fresh = await app.request(`/api/boards/${created.id}`, bearer(link.split('#k=')[1]!));
    expect(await fresh.json()).toMatchObject({ role: 'editor' });
    expect((await app.request(`/api/boards/${created.id}`, bearer(token('viewer')))).status).toBe(200);
  });

  const rotateAll = (id: string, roles: string[], as: string) =>
    Promise.all(roles.map((role) => app.request(`http://board.local/api/boards/${id}/links/${role}/rotate`, { method: 'POST', ...bearer(as) })));
  const tokenOf = async (response: Response) => ((await response.json()) as { link: string }).link.split('#k=')[1]!;

  it('keeps both links of two concurrent rotations of different roles', async () => {
    const { created, token } = await create();
    const responses = await rotateAll(created.id, ['editor', 'viewer'], token('facilitator'));
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const [editor, viewer] = await Promise.all(responses.map(tokenOf));
    expect(await (await app.request(`/api/boards/${created.id}`, bearer(editor!))).json()).toMatchObject({ role: 'editor' });
    expect(await (await app.request(`/api/boards/${created.id}`, bearer(viewer!))).json()).toMatchObject({ role: 'viewer' });
    const shown = await app.request(`http://board.local/api/boards/${created.id}/links`, bearer(token('facilitator')));
    expect(await shown.json()).toEqual({
      links: {
        editor: `http://board.local/b/${created.id}#k=${editor}`,
        expert: created.links.expert,
        viewer: `http://board.local/b/${created.id}#k=${viewer}`,
      },
    });
  });

  it('never hands out a share link sealed under a facilitator link rotated concurrently', async () => {
    const { created, token } = await create();
    const [facilitatorResponse, editorResponse] = await rotateAll(created.id, ['facilitator', 'editor'], token('facilitator'));
    expect(facilitatorResponse!.status).toBe(200);
    const facilitator = await tokenOf(facilitatorResponse!);
    const shown = (await (await app.request(`http://board.local/api/boards/${created.id}/links`, bearer(facilitator))).json()) as {
      links: Record<string, string>;
    };
    // Whichever committed first: a rotation that answered 200 is visible under the new link.
    if (editorResponse!.status === 200) expect(shown.links.editor).toBe(`http://board.local/b/${created.id}#k=${await tokenOf(editorResponse!)}`);
    else {
      expect(editorResponse!.status).toBe(403);
      expect(shown.links.editor).toBe(created.links.editor);
    }
  });
});

describe('GET /api/boards/:id/links', () => {
  const links = (id: string, as: string) => app.request(`http://board.local/api/boards/${id}/links`, bearer(as));

  it('shows facilitators the share links again, and nobody else', async () => {
    const { created, token } = await create();
    const response = await links(created.id, token('facilitator'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ links: { editor: created.links.editor, expert: created.links.expert, viewer: created.links.viewer } });
    for (const role of ['editor', 'expert', 'viewer']) expect((await links(created.id, token(role))).status).toBe(403);
    expect((await app.request(`/api/boards/${created.id}/links`)).status).toBe(401);
    expect((await links('nosuchboard123', token('facilitator'))).status).toBe(404);
  });

  it('follows rotations: a new share link shows up, a new facilitator link re-seals them all', async () => {
    const { created, token } = await create();
    const rotate = async (role: string, as: string) =>
      (
        (await (await app.request(`http://board.local/api/boards/${created.id}/links/${role}/rotate`, { method: 'POST', ...bearer(as) })).json()) as {
          link: string;
        }
      ).link;
    const viewer = await rotate('viewer', token('facilitator'));
    expect(((await (await links(created.id, token('facilitator'))).json()) as { links: Record<string, string> }).links.viewer).toBe(viewer);
    const facilitator = (await rotate('facilitator', token('facilitator'))).split('#k=')[1]!;
    expect((await links(created.id, token('facilitator'))).status).toBe(403);
    expect(await (await links(created.id, facilitator)).json()).toEqual({ links: { editor: created.links.editor, expert: created.links.expert, viewer } });
  });

  it('says null for a link it cannot show, instead of failing', async () => {
    const { created, token } = await create();
    await deps.store.rotateLink(created.id, (board) => ({ linkHashes: board.linkHashes, sealedLinks: { viewer: board.sealedLinks!.viewer! } }));
    expect(await (await links(created.id, token('facilitator'))).json()).toEqual({ links: { editor: null, expert: null, viewer: created.links.viewer } });
  });
});

describe('GET /api/boards/:id/export', () => {
  it('serves every format to any role, as a download', async () => {
    const { created, token } = await create({ title: 'Калуга 2030' });
    const get = (format: string, role = 'viewer') => app.request(`/api/boards/${created.id}/export?format=${format}`, bearer(token(role)));
    const asJson = await get('json');
    // A known length, so the browser can show progress while a long report downloads.
    expect(Number(asJson.headers.get('content-length'))).toBe((await asJson.clone().arrayBuffer()).byteLength);
    expect(asJson.headers.get('content-type')).toContain('application/json');
    expect(asJson.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(((await asJson.json()) as { board: { meta: { title: string } } }).board.meta.title).toBe('Калуга 2030');
    expect(await (await get('md', 'editor')).text()).toContain('# Калуга 2030');
    const csv = await get('csv', 'facilitator');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const docx = await get('docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toContain('Калуга 2030');
    expect(value).toContain('Городская среда');
    expect((await get('pdf')).status).toBe(400);
    expect((await app.request(`/api/boards/${created.id}/export?format=json`)).status).toBe(401);
  });
});

describe('GET /api/boards/:id/export with votes and scores', () => {
  it('reports revealed votes and scores with spread, and none of them before the reveal', async () => {
    const { created, token } = await create({ title: 'Калуга 2030' });
    const id = created.id;
    const asServer = (kind: 'content' | 'session', change: (doc: Y.Doc) => void) => deps.relay.withBoard(id, (board) => board.room(kind).change(change));
    const cards: Record<string, CardId> = {};
    await asServer('content', (doc) => {
      const lanes = listLanes(doc);
      cards.lng = addCard(doc, { laneId: lanes[1]!.id, title: 'Завод СПГ', author: 'Анна' });
      cards.park = addCard(doc, { laneId: lanes[2]!.id, title: 'Умная парковка', author: 'Анна' });
      cards.wind = addCard(doc, { laneId: lanes[3]!.id, title: 'Ветропарк', author: 'Борис' });
      setCardStatus(doc, cards.lng, 'priority');
      setCardStatus(doc, cards.park, 'shortlisted');
      setCardStatus(doc, cards.wind, 'shortlisted');
    });
    const join = async (role: string, name: string) =>
      (
        (await (await app.request(`/api/boards/${id}/participants`, json({ name }, { authorization: `Bearer ${token(role)}` }))).json()) as {
          participantToken: string;
        }
      ).participantToken;
    const post = async (path: string, role: string, participant: string, body: unknown) =>
      expect(
        (await app.request(`/api/boards/${id}/${path}`, json(body, { authorization: `Bearer ${token(role)}`, 'x-participant': participant }))).status,
      ).toBe(200);
    const exported = (format: string) => app.request(`/api/boards/${id}/export?format=${format}`, bearer(token('viewer')));

    await asServer('session', (doc) => setPhase(doc, 'voting'));
    const [anna, boris] = [await join('editor', 'Анна'), await join('editor', 'Борис')];
    for (const [who, card] of [
      [anna, 'wind'],
      [anna, 'wind'],
      [boris, 'wind'],
      [boris, 'park'],
    ] as const)
      await post('votes', 'editor', who, { cardId: cards[card], delta: 1 });
    await asServer('session', (doc) => setPhase(doc, 'scoring'));
    const [first, second] = [await join('expert', 'Эксперт 1'), await join('expert', 'Эксперт 2')];
    await post('scores', 'expert', first, { cardId: cards.lng, marks: { effect: 5, feasibility: 4, resources: 2 } });
    await post('scores', 'expert', second, { cardId: cards.lng, marks: { effect: 3, feasibility: 4, resources: 2 } });
    await post('scores', 'expert', first, { cardId: cards.wind, marks: { effect: 2, feasibility: 3, resources: 4 } });

    // Hidden: the export shows people and cards, but no count, score, rank or chart.
    const hiddenHtml = await (await exported('html')).text();
    expect(hiddenHtml).toContain('<dt>Участников</dt><dd>4</dd>');
    for (const leak of ['Голоса', 'Экспертная оценка', '4,0', '2,29', '<svg']) expect(hiddenHtml).not.toContain(leak);
    const hiddenCsv = parseCsv((await (await exported('csv')).text()).slice(1));
    expect(hiddenCsv.slice(1).map((row) => row.slice(8, 14).join(''))).toEqual(['', '', '']);
    expect(((await (await exported('json')).json()) as { results: unknown }).results).toMatchObject({ participants: 4, votes: null, scores: null });

    await asServer('session', (doc) => {
      setVotesRevealed(doc, true);
      setScoresRevealed(doc, true);
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // LNG: effect 5 and 3 (mean 4, SD 1), feasibility 4, resources 2 → (3·4 + 2·4 + 2·4) / 7 = 4.
    const csv = parseCsv((await (await exported('csv')).text()).slice(1));
    const row = (title: string) => csv.find((r) => r[1] === title)!.slice(8, 14);
    expect(row('Завод СПГ')).toEqual(['0', '4', '0.43', '2', '1', '1']);
    expect(row('Ветропарк')).toEqual(['3', '2.29', '0', '1', '1', '2']);
    expect(row('Умная парковка')).toEqual(['1', '', '', '', '1', '3']);
    const { results } = (await (await exported('json')).json()) as { results: { votes: Record<string, number>; scores: Record<string, { weighted: number }> } };
    expect(results.votes).toEqual({ [cards.wind!]: 3, [cards.park!]: 1 });
    expect(results.scores[cards.lng!]).toMatchObject({ weighted: 4, experts: 2 });

    const html = await exported('html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await html.text();
    expect(page.match(/<svg /g)).toHaveLength(2);
    const overall = page.slice(page.indexOf('<section class="overall">'));
    expect(overall.indexOf('Завод СПГ')).toBeLessThan(overall.indexOf('Ветропарк'));
    expect(overall.indexOf('Ветропарк')).toBeLessThan(overall.indexOf('Умная парковка'));

    const docx = new Uint8Array(await (await exported('docx')).arrayBuffer());
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(text).toContain('4,0 из 5 (σ 0,43; экспертов: 2)');
    expect(text).toMatch(/Эффект для территории\s+3\s+4,0\s+3–5\s+1,0\s+2/);
    expect([...zipEntries(docx).keys()].filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(2);
  });
});

describe('operations', () => {
  it('reports health with the adapters in use, and 503 when the store is down', async () => {
    const ok = await app.request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok', store: { kind: 'memory', ok: true }, bus: { kind: 'local', ok: true } });
    deps.store.ping = async () => {
      throw new Error('disk unplugged');
    };
    const warn = vi.spyOn(deps.log, 'warn');
    const down = await app.request('/healthz');
    expect(down.status).toBe(503);
    // Only which part is down: the reason can name internal hosts, so it goes to the log.
    expect(await down.json()).toEqual({ status: 'unavailable', store: { kind: 'memory', ok: false }, bus: { kind: 'local', ok: true } });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.objectContaining({ message: 'disk unplugged' }) }),
      expect.stringContaining('store'),
    );
  });

  it('exposes Prometheus metrics', async () => {
    const response = await app.request('/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    for (const name of ['stratboard_connections', 'stratboard_boards_loaded', 'stratboard_store_commit_seconds', 'stratboard_rejected_messages_total']) {
      expect(text).toContain(name);
    }
  });

  it('answers unknown API paths with JSON 404', async () => {
    const response = await app.request('/api/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
