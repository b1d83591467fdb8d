/**
 * The operator console at /admin, as a region's IT department uses it: off without an operator
 * token, closed to a wrong one, then every board on the server with search, export, link
 * replacement and deletion, on a desktop and on a phone. Each test gets its own server started
 * with --admin-token (the `server` fixture, without one, shows the console off).
 *
 * `ADMIN_SCREENSHOTS=/some/dir` also saves screenshots of the console there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Page } from '@playwright/test';
import { type ChildServer, startChildServer } from '../server/test/childServer';
import { expect, join, lane, newPerson, type TestBoard, test as base } from './fixtures';

const ADMIN_TOKEN = 'region-it-operator-token-2026';
const SHOTS = process.env.ADMIN_SCREENSHOTS;

interface AdminServer {
  url: string;
  createBoard(body: Record<string, unknown>): Promise<TestBoard>;
  /** Registers a participant on the board (as the join form does). */
  addParticipant(board: TestBoard, name: string): Promise<void>;
}

const test = base.extend<{ admin: AdminServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function asks for from this pattern
  admin: async ({}, use) => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'stratboard-e2e-admin-'));
    const child: ChildServer = await startChildServer(dataDir, { args: ['--admin-token', ADMIN_TOKEN] });
    const post = async (path: string, body: unknown, token?: string) =>
      fetch(`${child.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    await use({
      url: child.url,
      createBoard: async (body) => {
        const response = await post('/api/boards', body);
        expect(response.status).toBe(201);
        return (await response.json()) as TestBoard;
      },
      addParticipant: async (board, name) => {
        expect((await post(`/api/boards/${board.id}/participants`, { name }, tokenOf(board.links.editor))).status).toBeLessThan(300);
      },
    });
    await child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

const tokenOf = (link: string) => link.split('#k=')[1]!;
const row = (page: Page, title: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });

/** Opens the console and signs in with the keyboard, as an operator pasting the token would. */
async function signIn(page: Page, url: string, token = ADMIN_TOKEN): Promise<void> {
  await page.goto(`${url}/admin`);
  const field = page.getByLabel('Токен оператора');
  await field.click();
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
}

const api = (url: string, path: string, init: RequestInit = {}, token?: string) =>
  fetch(`${url}/api/admin${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}) } });

test('without --admin-token the console is off: the page says how to turn it on, the API answers 404', async ({ browser, server }) => {
  const page = await (await newPerson(browser)).newPage();
  await page.goto(`${server.url}/admin`);
  await expect(page.getByRole('heading', { name: 'Консоль оператора выключена' })).toBeVisible();
  await expect(page.getByText('--admin-token')).toBeVisible();
  await expect(page.getByLabel('Токен оператора')).toHaveCount(0);
  for (const token of [undefined, ADMIN_TOKEN]) {
    const response = await api(server.url, '/boards', {}, token);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not-found');
  }
});

test('nothing of the console is reachable without the right token', async ({ admin }) => {
  const board = await admin.createBoard({ title: 'Калуга 2030', place: 'Калуга' });
  const routes: Array<[string, string]> = [
    ['GET', '/boards'],
    ['GET', `/boards/${board.id}/export`],
    ['POST', `/boards/${board.id}/rotate`],
    ['DELETE', `/boards/${board.id}`],
  ];
  for (const [method, path] of routes) {
    const none = await api(admin.url, path, { method });
    expect([method, path, none.status]).toEqual([method, path, 401]);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    const wrong = await api(admin.url, path, { method }, `${ADMIN_TOKEN}-not`);
    expect([method, path, wrong.status]).toEqual([method, path, 403]);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  }
  // The refused calls changed nothing: the board and its links are still there.
  expect((await fetch(`${admin.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${tokenOf(board.links.editor)}` } })).status).toBe(200);
});

test('an operator signs in, sees every board with its facts, searches and sorts', async ({ browser, admin }) => {
  const kaluga = await admin.createBoard({ title: 'Калуга 2030: точки роста', place: 'Калуга', date: '2026-05-14' });
  const tula = await admin.createBoard({ title: 'Тула: промышленная политика', place: 'Тула', date: '2026-06-02' });
  await admin.createBoard({ title: 'Обнинск — наукоград' });
  await admin.addParticipant(kaluga, 'Анна Петрова');
  await admin.addParticipant(kaluga, 'Олег Смирнов');
  await admin.addParticipant(tula, 'Мария');

  const page = await (await newPerson(browser)).newPage();
  // A wrong token the server refuses (403), and one that could never be a token (not ASCII).
  for (const wrong of ['not-the-operator-token-2026', 'это-не-тот-токен-оператора-2026']) {
    await signIn(page, admin.url, wrong);
    await expect(page.getByRole('alert')).toContainText('Это не токен оператора этого сервера');
  }
  await expect(page.getByLabel('Токен оператора')).toHaveAttribute('type', 'password');
  await signIn(page, admin.url);
  await expect(page.getByRole('heading', { name: 'Доски на этом сервере' })).toBeVisible();
  await expect(page.getByText('Досок: 3')).toBeVisible();

  const first = row(page, 'Калуга 2030: точки роста');
  await expect(first).toContainText('Калуга');
  await expect(first).toContainText('14 мая 2026');
  await expect(first).toContainText(kaluga.id);
  await expect(first.locator('[data-label="Участники"]')).toHaveText('2');
  await expect(row(page, 'Тула: промышленная политика').locator('[data-label="Участники"]')).toHaveText('1');
  await expect(row(page, 'Обнинск — наукоград').locator('[data-label="Место"]')).toHaveText('—');
  await expect(first.locator('[data-label="Объём"]')).toHaveText(/^[\d,]+\s(Б|кБ|МБ)$/);

  // The token stays in this tab: not in the address, not in localStorage; a reload keeps the session.
  expect(page.url()).toBe(`${admin.url}/admin`);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(ADMIN_TOKEN);
  expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(ADMIN_TOKEN);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Доски на этом сервере' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Поиск по названию, месту или id' });
  await search.click();
  await page.keyboard.type('тула');
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await expect(row(page, 'Тула: промышленная политика')).toBeVisible();
  await search.fill(kaluga.id);
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await expect(row(page, 'Калуга 2030: точки роста')).toBeVisible();
  await search.fill('Владивосток');
  await expect(page.getByText('Нет досок, подходящих под «Владивосток».')).toBeVisible();
  await search.fill('');
  await expect(page.getByRole('rowheader')).toHaveCount(3);

  // Sorting: the newest board is first by creation; the order flips on a second click.
  const created = page.getByRole('columnheader', { name: 'Создана' });
  await created.getByRole('button').click();
  await expect(created).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('rowheader').first()).toContainText('Обнинск');
  await created.getByRole('button').click();
  await expect(created).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('rowheader').first()).toContainText('Калуга');

  if (SHOTS) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: joinPath(SHOTS, 'admin-1440.png') });
  }

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page.getByLabel('Токен оператора')).toBeVisible();
  expect(await page.evaluate(() => Object.values(sessionStorage))).not.toContain(ADMIN_TOKEN);
});

test('export downloads that board’s JSON export', async ({ browser, admin }) => {
  const board = await admin.createBoard({ title: 'Калуга 2030: точки роста', place: 'Калуга', date: '2026-05-14' });
  await admin.createBoard({ title: 'Тула' });
  const page = await (await newPerson(browser)).newPage();
  await signIn(page, admin.url);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row(page, 'Калуга 2030: точки роста').getByRole('button', { name: 'Экспорт «Калуга 2030: точки роста» (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    board: { meta: { title: string; place: string }; lanes: unknown[] };
  };
  expect(exported.format).toBe('stratboard-board');
  expect(exported.board.meta).toMatchObject({ title: 'Калуга 2030: точки роста', place: 'Калуга' });
  expect(exported.board.lanes.length).toBeGreaterThan(0);
  expect(board.id).toBeTruthy();
});

test('replacing a board’s links shows the new ones once; the old editor link stops, the new one opens the board', async ({ browser, admin }) => {
  const board = await admin.createBoard({ title: 'Калуга 2030: точки роста', place: 'Калуга' });
  const context = await newPerson(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: admin.url });
  const page = await context.newPage();
  await signIn(page, admin.url);

  // By keyboard: focus the row's button, open the dialog with Enter; Escape cancels and gives focus back.
  const rotateButton = row(page, 'Калуга 2030: точки роста').getByRole('button', { name: 'Заменить все ссылки доски «Калуга 2030: точки роста»' });
  await rotateButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Заменить все ссылки доски «Калуга 2030: точки роста»?' });
  await expect(dialog).toContainText('Старые перестают работать немедленно');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rotateButton).toBeFocused();

  await rotateButton.click();
  await page.getByRole('button', { name: 'Заменить все ссылки', exact: true }).click();
  const shown = page.getByRole('dialog', { name: 'Новые ссылки доски «Калуга 2030: точки роста»' });
  await expect(shown).toContainText('они показываются только один раз');
  const links: Record<string, string> = {};
  for (const [role, label] of [
    ['facilitator', 'Модератор'],
    ['editor', 'Участник'],
    ['expert', 'Эксперт'],
    ['viewer', 'Наблюдатель'],
  ] as const) {
    links[role] = await shown.getByLabel(label, { exact: true }).inputValue();
    expect(links[role]).toContain(`/b/${board.id}#k=`);
    expect(links[role]).not.toBe(board.links[role]);
  }
  await shown.getByRole('button', { name: 'Копировать: Участник' }).click();
  await expect(shown.getByRole('button', { name: 'Копировать: Участник' })).toHaveText('Скопировано');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links.editor);
  // A click beside the dialog does not lose links that are shown only once.
  await page.mouse.click(5, 5);
  await expect(shown).toBeVisible();
  await shown.getByRole('button', { name: 'Закрыть' }).click();
  await expect(shown).toBeHidden();

  const old = await (await newPerson(browser)).newPage();
  await old.goto(board.links.editor);
  await expect(old.getByRole('alert')).toHaveAttribute('data-error', 'forbidden');
  await expect(old.getByRole('heading', { name: 'Эта ссылка больше не действует' })).toBeVisible();
  const fresh = await join(await newPerson(browser), links.editor!, 'Анна');
  await expect(lane(fresh, 'Городская среда')).toBeVisible();
});

test('delete asks to type the board’s title, then the board is gone for its link and for people on it', async ({ browser, admin }) => {
  const board = await admin.createBoard({ title: 'Калуга 2030: точки роста', place: 'Калуга' });
  await admin.createBoard({ title: 'Тула' });
  // Someone is on the board while the operator deletes it.
  const participant = await join(await newPerson(browser), board.links.editor, 'Анна');

  const page = await (await newPerson(browser)).newPage();
  await signIn(page, admin.url);
  const kaluga = row(page, 'Калуга 2030: точки роста');
  await expect(kaluga.locator('[data-label="Подключено сейчас"]')).not.toHaveText('0');
  await kaluga.getByRole('button', { name: 'Удалить «Калуга 2030: точки роста»' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить доску «Калуга 2030: точки роста»?' });
  await expect(dialog).toContainText('Это нельзя отменить');
  for (const what of ['содержимое', 'сохранённые версии', 'голоса и экспертные оценки', 'все четыре ссылки']) await expect(dialog).toContainText(what);
  await expect(dialog).toContainText('будут отключены');
  if (SHOTS) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: joinPath(SHOTS, 'admin-delete-1440.png') });
  }

  const confirm = dialog.getByRole('button', { name: 'Удалить доску' });
  await expect(confirm).toBeDisabled();
  const field = dialog.getByLabel('Для подтверждения введите название доски');
  await field.click();
  await page.keyboard.type('Калуга 2030');
  await expect(confirm).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.type(': точки роста');
  await expect(confirm).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status')).toHaveText('Доска «Калуга 2030: точки роста» удалена.');
  await expect(kaluga).toHaveCount(0);
  await expect(row(page, 'Тула')).toBeVisible();
  await expect(page.getByText('Досок: 1')).toBeVisible();

  // The person on the board is cut off, and does not keep editing a board that is gone.
  await expect(participant.getByRole('alert')).toBeVisible();
  await expect(participant.locator('.page.board')).toHaveCount(0);

  const later = await (await newPerson(browser)).newPage();
  await later.goto(board.links.editor);
  await expect(later.getByRole('alert')).toHaveAttribute('data-error', 'not-found');
  await expect(later.getByRole('heading', { name: 'Такой доски нет' })).toBeVisible();
  const listed = (await (await api(admin.url, '/boards', {}, ADMIN_TOKEN)).json()) as { boards: Array<{ id: string }> };
  expect(listed.boards.map((b) => b.id)).not.toContain(board.id);
});

test('on a 360 px phone the boards are cards and nothing scrolls sideways', async ({ browser, admin }) => {
  for (const [title, place] of [
    ['Калуга 2030: точки роста и приоритеты развития агломерации', 'Калужская область'],
    ['Тула: промышленная политика', 'Тула'],
  ])
    await admin.createBoard({ title, place, date: '2026-05-14' });
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${admin.url}/admin`);
  const noSideScroll = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByLabel('Токен оператора')).toBeVisible();
  await noSideScroll();
  await page.getByLabel('Токен оператора').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Войти' }).click();
  const card = row(page, 'Калуга 2030: точки роста и приоритеты развития агломерации');
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: /Удалить/ })).toBeVisible();
  await noSideScroll();
  // The header's sort buttons are not shown on a phone; the select sorts instead.
  await page.getByLabel('Порядок').selectOption('bytes');
  if (SHOTS) await page.screenshot({ path: joinPath(SHOTS, 'admin-360.png'), fullPage: true });
  await card.getByRole('button', { name: /Удалить/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await noSideScroll();
  if (SHOTS) await page.screenshot({ path: joinPath(SHOTS, 'admin-delete-360.png') });
});

// The relay closes a deleted board's sockets with 4404: the page says the board is gone, not
// that the link was replaced (which would send people asking for a new link).
test('a person on a board the operator deletes is told the board is gone', async ({ browser, admin }) => {
  const board = await admin.createBoard({ title: 'Калуга 2030: точки роста', place: 'Калуга' });
  const participant = await join(await newPerson(browser), board.links.editor, 'Анна');
  expect((await api(admin.url, `/boards/${board.id}`, { method: 'DELETE' }, ADMIN_TOKEN)).status).toBe(204);
  await expect(participant.getByRole('alert')).toHaveAttribute('data-error', 'not-found');
  await expect(participant.getByRole('heading', { name: 'Такой доски нет' })).toBeVisible();
});
