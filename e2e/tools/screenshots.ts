/**
 * Regenerates the screenshots in docs/: `npx tsx e2e/tools/screenshots.ts` (builds nothing;
 * run `npm run build` first). A real server, a realistic session, two people on the board.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { addCard, addResource, addStage, listLanes, setPhase, setScoresRevealed, setVotesRevealed, setVotingRules, updateCard } from '../../shared/board';
import type { Locale } from '../../shared/board/types';
import { createTestBoard, joinBoard, openProvider, synced, type CreatedTestBoard } from '../../server/test/clients';
import { startChildServer } from '../../server/test/childServer';
import { SYSTEM_CHROMIUM } from './systemChromium';

const SESSION: Record<Locale, { title: string; place: string; cards: Array<[number, string, string?, string?]> }> = {
  ru: {
    title: 'Калуга 2030: точки роста',
    place: 'Калуга',
    cards: [
      [0, 'Центр аддитивных технологий', 'Технопарк «Калуга»', 'priority'],
      [0, 'ИИ-система раннего предупреждения промышленных аварий', 'Минпромторг области', 'shortlisted'],
      [0, 'Инжиниринговый центр при университете'],
      [1, 'Химический кластер на рециклинге и «зелёной» экономике', 'Корпорация развития', 'priority'],
      [1, 'Бережливое производство в АПК', 'Минсельхоз области', 'shortlisted'],
      [1, 'Малотоннажный завод СПГ'],
      [2, 'Умная парковка и мониторинг парковочных мест', 'Дептранс', 'priority'],
      [2, '«Умный пешеходный переход»: 200 переходов у школ', 'Управление дорог', 'shortlisted'],
      [2, 'Приложение «Цифровой город»: домофон, счётчики, оплата'],
      [3, 'Ветропарк', 'Энергокомпания', 'shortlisted'],
      [3, 'Обращение с отходами'],
      [3, 'Цифровые услуги ЖКХ'],
    ],
  },
  en: {
    title: 'City 2030: growth points',
    place: 'Kaluga',
    cards: [
      [0, 'Additive manufacturing centre', 'City technopark', 'priority'],
      [0, 'AI early warning of industrial accidents', 'Regional industry ministry', 'shortlisted'],
      [1, 'Chemical cluster built on recycling', 'Development corporation', 'priority'],
      [1, 'Lean production in agriculture', undefined, 'shortlisted'],
      [1, 'Small-scale LNG plant'],
      [2, 'Smart parking and space monitoring', 'Transport department', 'priority'],
      [2, '“Smart pedestrian crossing”: 200 crossings near schools', 'Roads agency', 'shortlisted'],
      [2, '“Digital city” app: intercom, meters, payments'],
      [3, 'Wind farm', 'Energy company', 'shortlisted'],
      [3, 'Waste management'],
    ],
  },
};

async function enter(page: Page, link: string, name: string) {
  await page.addInitScript((n) => localStorage.setItem('stratboard.displayName', JSON.stringify(n)), name);
  await page.goto(link);
  await page.waitForSelector('[data-card-id], [data-canvas-card]');
  await page.waitForTimeout(400);
}

/** Clusters with duplicate suggestions, then the shortlist mode, on the facilitator's canvas. */
async function modeShots(page: Page, board: CreatedTestBoard) {
  const content = openProvider(server.wsUrl, board.id, board.token('facilitator'));
  const session = openProvider(server.wsUrl, `${board.id}/session`, board.token('facilitator'));
  await Promise.all([synced(content.provider), synced(session.provider)]);
  const urban = listLanes(content.doc)[2]!.id;
  for (const title of ['Умная парковка у вокзала', 'Парковки у школ']) addCard(content.doc, { laneId: urban, title, author: 'Вера Котова' });
  await page.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Холст' }).click();
  await page.waitForTimeout(800);
  await page.getByRole('article', { name: 'Умная парковка у вокзала' }).click();
  await page.getByRole('article', { name: 'Парковки у школ' }).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+g');
  await page.keyboard.type('Парковки');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2000);
  await page.locator('.duplicate-suggestions summary').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/clusters-ru.png' });
  await page.keyboard.press('Escape');
  await page.mouse.click(5, 880);
  setPhase(session.doc, 'shortlist');
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/shortlist-ru.png' });
  content.provider.destroy();
  session.provider.destroy();
}

/** Votes, expert scores and the projector, driven through the API as real participants would. */
async function sessionShots(page: Page, board: CreatedTestBoard, ranked: string[], other: Page) {
  const facilitator = openProvider(server.wsUrl, `${board.id}/session`, board.token('facilitator'));
  await synced(facilitator.provider);
  const api = async (path: string, role: 'editor' | 'expert', body: unknown, participant?: string) => {
    const response = await fetch(`${server.url}/api/boards/${board.id}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${board.token(role)}`, ...(participant ? { 'x-participant': participant } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { participantToken: string };
  };
  setPhase(facilitator.doc, 'voting');
  setVotingRules(facilitator.doc, { perParticipant: 5, maxPerCard: 2 });
  for (let person = 0; person < 9; person++) {
    const { participantToken } = await api('participants', 'editor', { name: `Участник ${person + 1}` });
    for (let vote = 0; vote < 4; vote++)
      await api('votes', 'editor', { cardId: ranked[(person * 3 + vote * vote) % ranked.length], delta: 1 }, participantToken);
  }
  // Voting as a participant sees it, on a laptop and on a phone.
  await other.reload();
  await other.waitForSelector('.vote-controls');
  await other.screenshot({ path: 'docs/voting-open-ru.png' });
  const phone = await (await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true })).newPage();
  await enter(phone, board.links.editor, 'Пётр Соколов');
  await phone.screenshot({ path: 'docs/phone-ru.png' });
  setVotesRevealed(facilitator.doc, true);
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/voting-ru.png', fullPage: true });
  setPhase(facilitator.doc, 'scoring');
  for (let expert = 0; expert < 4; expert++) {
    const { participantToken } = await api('participants', 'expert', { name: `Эксперт ${expert + 1}` });
    for (const [index, cardId] of ranked.entries()) {
      // Each initiative has its own profile; experts differ by a point either way.
      const profile = [
        [5, 4],
        [4, 2],
        [2, 5],
        [3, 3],
        [5, 2],
        [1, 4],
        [4, 5],
        [2, 1],
      ][index % 8]!;
      const mark = (base: number) => Math.min(5, Math.max(1, base + ((expert + index) % 3) - 1));
      await api(
        'scores',
        'expert',
        { cardId, marks: { effect: mark(profile[0]!), feasibility: mark(profile[1]!), resources: mark(3), alignment: mark(4), investment: mark(profile[0]!) } },
        participantToken,
      );
    }
  }
  // An expert's scoring sheet, one initiative marked from the keyboard.
  const sheet = await (await browser.newContext({ locale: 'ru-RU', viewport: { width: 1500, height: 860 } })).newPage();
  await sheet.addInitScript(() => localStorage.setItem('stratboard.displayName', JSON.stringify('Эксперт Иванова')));
  await sheet.goto(board.links.expert);
  await sheet.waitForSelector('.scoring-sheet');
  await sheet.locator('.scoring-sheet input[type="radio"]').first().focus();
  for (const key of ['4', '5', '3']) await sheet.keyboard.press(key);
  await sheet.waitForTimeout(600);
  await sheet.screenshot({ path: 'docs/scoring-sheet-ru.png' });
  setScoresRevealed(facilitator.doc, true);
  await page.waitForTimeout(600);
  await page.locator('.results').screenshot({ path: 'docs/scoring-results-ru.png' });
  await page.locator('.session-charts').screenshot({ path: 'docs/charts-ru.png' });
  facilitator.provider.destroy();
  const projector = await (await browser.newContext({ locale: 'ru-RU', viewport: { width: 1600, height: 900 } })).newPage();
  await projector.goto(`${server.url}/b/${board.id}/projector#k=${board.token('facilitator')}`);
  // After the reveal the projector shows the ranking and the charts instead of the board.
  await projector.waitForSelector('.projector-results [data-chart="matrix"]');
  await projector.waitForTimeout(600);
  await projector.screenshot({ path: 'docs/projector-ru.png' });
  await page.getByRole('group', { name: 'Модератор' }).getByRole('button', { name: 'Презентация', exact: true }).click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/presentation-ru.png' });
  await page.keyboard.press('End');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/presentation-summary-ru.png' });
  await page.keyboard.press('Escape');
  // The sample report, as officials get it: DOCX, and the printable report as PDF.
  const exported = async (format: string) =>
    Buffer.from(
      await (
        await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}`, { headers: { authorization: `Bearer ${board.token('facilitator')}` } })
      ).arrayBuffer(),
    );
  writeFileSync('docs/sample-report-ru.docx', await exported('docx'));
  const printable = await (await browser.newContext({ locale: 'ru-RU' })).newPage();
  await printable.setContent((await exported('html')).toString('utf8'), { waitUntil: 'load' });
  await printable.pdf({ path: 'docs/sample-report-ru.pdf', format: 'A4', printBackground: true });
}

const dir = mkdtempSync(join(tmpdir(), 'stratboard-shots-'));
const server = await startChildServer(dir);
const browser = await chromium.launch(SYSTEM_CHROMIUM);
try {
  for (const locale of ['ru', 'en'] as const) {
    const session = SESSION[locale];
    const board = await createTestBoard(server.url, { title: session.title, place: session.place, date: '2026-12-03', locale });
    // The relay checks authors against the connection's participant: Anna joins first.
    const anna = locale === 'ru' ? 'Анна Петрова' : 'Anna Petrova';
    const participant = await joinBoard(server.url, board.id, board.token('editor'), anna);
    const writer = openProvider(server.wsUrl, board.id, board.token('editor'), undefined, participant);
    await synced(writer.provider);
    const lanes = listLanes(writer.doc);
    const ranked: string[] = [];
    for (const [laneIndex, title, owner, status] of session.cards) {
      const id = addCard(writer.doc, { laneId: lanes[laneIndex]!.id, title, author: anna });
      if (owner || status)
        updateCard(writer.doc, id, {
          kind: owner ? 'initiative' : 'idea',
          owner: owner ?? '',
          status: (status as 'priority') ?? 'idea',
          tags: owner ? [locale === 'ru' ? 'нацпроект' : 'national programme'] : [],
          color: status === 'priority' ? 'orange' : 'yellow',
        });
      if (status) ranked.push(id);
      if (status) {
        // Different sums, so the bubbles of the matrix differ in size.
        addResource(writer.doc, id, {
          kind: 'money',
          amount: ((ranked.length * 137_000_000) % 900_000_000) + 50_000_000,
          currency: 'RUB',
          description: locale === 'ru' ? 'оборудование' : 'equipment',
        });
      }
      if (status === 'priority') {
        addResource(writer.doc, id, { kind: 'people', amount: 35 });
        addStage(writer.doc, id, { title: locale === 'ru' ? 'Бизнес-план' : 'Business plan', due: '2027-03-01', done: true });
        addStage(writer.doc, id, { title: locale === 'ru' ? 'Запуск' : 'Launch', due: '2028-06-30' });
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    writer.provider.destroy();
    const lang = locale === 'ru' ? 'ru-RU' : 'en-US';
    const other = await (await browser.newContext({ locale: lang, viewport: { width: 1500, height: 860 } })).newPage();
    await enter(other, board.links.editor, locale === 'ru' ? 'Борис Иванов' : 'Boris Ivanov');
    const page = await (await browser.newContext({ locale: lang, viewport: { width: 1500, height: 860 } })).newPage();
    await enter(page, board.links.facilitator, locale === 'ru' ? 'Ольга Смирнова' : 'Olga Smirnova');
    // Boards open on the canvas: Boris's cursor in canvas space, Olga's selection and its toolbar.
    await other.mouse.move(700, 520, { steps: 4 });
    await other.getByRole('article').nth(6).click();
    await page.getByRole('article').nth(4).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/board-${locale}.png` });
    if (locale === 'ru') {
      await page.getByRole('article').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'docs/card-ru.png' });
      await page.keyboard.press('Escape');
      // The same board as columns: the list view.
      const view = (who: Page, name: string) => who.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name }).click();
      await other.keyboard.press('Escape');
      await view(page, 'Список');
      await view(other, 'Список');
      await other.mouse.move(820, 330, { steps: 4 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: 'docs/list-ru.png' });
      await modeShots(page, board);
      await sessionShots(page, board, ranked, other);
    }
  }
  const home = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 900 } })).newPage();
  await home.goto(server.url);
  await home.getByLabel('Session title').fill('City 2030: growth points');
  await home.getByLabel('City or region').fill('Kaluga');
  await home.getByRole('button', { name: 'Create board' }).click();
  await home.waitForSelector('.links');
  await home.screenshot({ path: 'docs/links-en.png', fullPage: true });
} finally {
  await browser.close();
  await server.kill();
  rmSync(dir, { recursive: true, force: true });
}
console.log('screenshots written to docs/');
