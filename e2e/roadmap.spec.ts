/**
 * Roadmap carry-over: the next session starts from the last one, from a board opened on this
 * device or from its JSON export, and the room tracks what became of each initiative.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addCard, listLanes, setDescription } from '../shared/board';
import { createTestBoard, eventually, openProvider, synced } from '../server/test/clients';
import { card, expect, join, lane, newPerson, test, type ServerHandle } from './fixtures';

const PAST_TITLE = 'Калуга 2025: точки роста';

/**
 * A past session: two priority initiatives and an idea that stays behind, written by a client
 * on the facilitator link (which may write cards under the names of the people who had them).
 */
async function pastSession(server: ServerHandle) {
  const board = await createTestBoard(server.url, { title: PAST_TITLE, place: 'Калуга', date: '2025-11-20' });
  const { doc, provider } = openProvider(`${server.url.replace(/^http/, 'ws')}/ws`, board.id, board.token('facilitator'));
  await synced(provider);
  const lanes = listLanes(doc);
  const byTitle = (title: string) => lanes.find((l) => l.title === title)!.id;
  const parking = addCard(doc, {
    laneId: byTitle('Городская среда'),
    title: 'Умная парковка',
    author: 'Анна',
    owner: 'Дептранс',
    status: 'priority',
    kind: 'initiative',
  });
  setDescription(doc, parking, 'Датчики на 500 мест');
  addCard(doc, { laneId: byTitle('Базовый сектор экономики'), title: 'Малотоннажный СПГ', author: 'Борис', status: 'priority', kind: 'initiative' });
  addCard(doc, { laneId: byTitle('Городская среда'), title: 'Просто идея', author: 'Вера' });
  // Stored by the server (export reads the stored board) before the client goes away.
  await eventually(async () => expect((await exportJson(server, board.id, board.token('viewer'))).board.cards).toHaveLength(3));
  provider.destroy();
  return board;
}

async function exportJson(server: ServerHandle, boardId: string, token: string) {
  const response = await fetch(`${server.url}/api/boards/${boardId}/export?format=json`, { headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as { board: { cards: unknown[] } };
}

/** Creates the new session once the past one is chosen, and opens it (asking a name if needed). */
async function createAndOpen(page: Page, title: string, name?: string): Promise<void> {
  await page.getByLabel('Название сессии').fill(title);
  await page.getByRole('button', { name: 'Создать доску' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Перенесено инициатив: 2' })).toBeVisible();
  await page.getByRole('link', { name: 'Открыть доску' }).click();
  if (name) {
    await page.getByLabel(/Ваше имя/).fill(name);
    await page.getByRole('button', { name: 'Войти на доску' }).click();
  }
  await expect(page.locator('.connection')).toHaveAttribute('data-status', 'online');
}

async function expectCarriedOver(page: Page) {
  await expect(card(lane(page, 'Городская среда'), 'Умная парковка')).toContainText('Дорожная карта: не начато');
  await expect(card(lane(page, 'Базовый сектор экономики'), 'Малотоннажный СПГ')).toContainText('Дорожная карта: не начато');
  await expect(card(page, 'Просто идея')).toHaveCount(0);
}

test('a new session starts from a board opened on this device and tracks its initiatives', async ({ browser, server }) => {
  const past = await pastSession(server);
  const context = await newPerson(browser);
  // Opening the past board keeps it among this browser's recent boards.
  const pastPage = await join(context, past.links.viewer, 'Ольга Модератор');
  await expect(card(pastPage, 'Умная парковка')).toBeVisible();

  const page = pastPage;
  await page.goto(`${server.url}/`);
  await page.getByRole('checkbox', { name: 'Начать с прошлой сессии' }).check();
  await expect(page.getByRole('radio', { name: 'Треки прошлой сессии' })).toBeChecked();
  await page.getByLabel('Прошлая сессия').selectOption({ label: `${PAST_TITLE} · Наблюдатель` });
  await createAndOpen(page, 'Калуга 2026');
  await expectCarriedOver(page);

  // The editor shows where the initiative came from, and its status can move on.
  await card(page, 'Умная парковка').click();
  const editor = page.getByRole('dialog');
  await expect(editor).toContainText(`Из сессии «${PAST_TITLE}», 20 ноября 2025`);
  await expect(editor.getByLabel('Описание')).toHaveValue('Датчики на 500 мест');
  await expect(editor.getByLabel('Ответственный / команда')).toHaveValue('Дептранс');
  await editor.getByLabel('Дорожная карта').selectOption({ label: 'в работе' });
  await page.keyboard.press('Escape');
  await expect(card(page, 'Умная парковка')).toContainText('Дорожная карта: в работе');

  // Filter by roadmap status.
  await page.getByRole('button', { name: 'Фильтры', exact: true }).click();
  const filter = page.getByRole('combobox', { name: 'Дорожная карта' });
  await filter.selectOption({ label: 'Дорожная карта: в работе' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(card(page, 'Умная парковка')).toBeVisible();
  await filter.selectOption({ label: 'Дорожная карта: не начато' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(card(page, 'Малотоннажный СПГ')).toBeVisible();
  await filter.selectOption({ label: 'Дорожная карта: любой статус' });
  await expect(page.getByRole('article')).toHaveCount(2);
});

test('a new session starts from an uploaded JSON export; a foreign file is refused clearly', async ({ browser, server }, testInfo) => {
  const past = await pastSession(server);
  const exportFile = testInfo.outputPath('Калуга-2025.json');
  writeFileSync(exportFile, JSON.stringify(await exportJson(server, past.id, past.token('viewer'))));
  const foreignFile = testInfo.outputPath('trello.json');
  writeFileSync(foreignFile, JSON.stringify({ name: 'Trello board', lists: [{ name: 'To do' }] }));

  const page = await (await newPerson(browser)).newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('checkbox', { name: 'Начать с прошлой сессии' }).check();
  // Nothing opened on this device yet: the upload is the way.
  await expect(page.getByRole('radio', { name: 'Файл JSON-выгрузки' })).toBeChecked();

  // A JSON file that is not a Stratboard export: the server says so, nothing is created.
  await page.getByLabel('Файл выгрузки (.json)').setInputFiles(foreignFile);
  await page.getByLabel('Название сессии').fill('Калуга 2026');
  const refused = page.waitForResponse((response) => response.url().endsWith('/api/boards'));
  await page.getByRole('button', { name: 'Создать доску' }).click();
  expect((await refused).status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('Из этого файла не получится начать сессию: not a Stratboard board export');
  await expect(page.getByRole('link', { name: 'Открыть доску' })).toHaveCount(0);

  // The real export works.
  await page.getByLabel('Файл выгрузки (.json)').setInputFiles(exportFile);
  await createAndOpen(page, 'Калуга 2026', 'Ольга Модератор');
  await expectCarriedOver(page);
});
