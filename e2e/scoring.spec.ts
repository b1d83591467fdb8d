import type { Page } from '@playwright/test';
import { card, expect, join, newPerson, quickAdd, setCardStatus, test, type ServerHandle } from './fixtures';
import { seededBoard } from './seededBoard';

const sheet = (page: Page) => page.getByRole('region', { name: 'Лист оценки' });

/** Marks an initiative on the expert's sheet: pick it in the list, then a segment per criterion. */
async function mark(page: Page, title: string, marks: Record<string, number>) {
  await sheet(page)
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^\\d+\\. ${title} —`) })
    .click();
  await expect(sheet(page).getByRole('heading', { name: title })).toBeVisible();
  for (const [criterion, value] of Object.entries(marks)) {
    const radio = sheet(page).getByRole('radio', { name: `${criterion}: ${value}`, exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }
}

test('experts score the priority initiatives; the facilitator reveals a ranking with the spread', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const expertA = await join(await newPerson(browser), board.links.expert, 'Эксперт Иванов');
  const expertB = await join(await newPerson(browser), board.links.expert, 'Эксперт Петрова');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');

  await quickAdd(olga, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await quickAdd(olga, 'Городская среда', 'Умная парковка');
  await setCardStatus(olga, 'Ветропарк', 'priority');
  await setCardStatus(olga, 'Умная парковка', 'priority');

  // Experts see the board read-only until scoring opens.
  await expect(expertA.getByText('Только просмотр')).toBeVisible();
  await expect(expertA.getByRole('textbox', { name: /Добавить идею/ })).toHaveCount(0);
  await expect(sheet(expertA)).toHaveCount(0);

  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('scoring');
  // Experts land on their sheet; the facilitator stays on the board and can open it.
  await expect(sheet(expertA)).toBeVisible();
  await expect(sheet(olga)).toHaveCount(0);
  await expect(olga.getByRole('button', { name: 'Лист оценки' })).toBeVisible();
  await expect(olga.getByTitle('Эксперты: закончили 0 из 2')).toBeVisible();
  // The facilitator tunes the criteria: feasibility weighs as much as effect; no investment criterion.
  await olga.getByText('Критерии оценки').click();
  await olga.getByRole('spinbutton', { name: 'Вес: Реализуемость' }).fill('3');
  await olga.getByRole('spinbutton', { name: 'Вес: Реализуемость' }).press('Tab');
  await olga.getByRole('button', { name: 'Удалить критерий «Инвестиционная привлекательность»' }).click();
  await olga.getByRole('button', { name: 'Сохранить критерии' }).click();
  await expect(olga.getByText('Критерии сохранены')).toBeVisible();
  await expect(sheet(expertA).getByRole('radio', { name: 'Реализуемость: 5', exact: true })).toBeVisible();
  await expect(sheet(expertA).getByRole('radio', { name: /Инвестиционная привлекательность/ })).toHaveCount(0);
  await expect(sheet(expertA).getByRole('status').first()).toHaveText('Оценено 0 из 2');

  await mark(expertA, 'Ветропарк', { 'Эффект для территории': 5, Реализуемость: 4 });
  await mark(expertB, 'Ветропарк', { 'Эффект для территории': 3, Реализуемость: 4 });
  await mark(expertA, 'Умная парковка', { 'Эффект для территории': 2, Реализуемость: 5 });
  // The passport is one click away, and the same marks are in it.
  await sheet(expertA).getByRole('button', { name: 'Паспорт инициативы' }).click();
  const passport = expertA.getByRole('dialog');
  await expect(passport.getByRole('radio', { name: 'Реализуемость: 5', exact: true })).toBeChecked();
  await expertA.keyboard.press('Escape');
  await expect(passport).toHaveCount(0);
  // Participants get no scoring controls.
  await card(anna, 'Ветропарк').click();
  await expect(anna.getByRole('dialog').getByRole('radio')).toHaveCount(0);
  await anna.keyboard.press('Escape');

  // The facilitator sees who has scored how much, not the marks.
  const progress = olga.getByTitle(/^Эксперты: закончили/);
  await expect(progress).toHaveText('Эксперты 0/2', { timeout: 10_000 });
  await olga.getByText('Критерии оценки').click();
  await progress.click();
  await expect(olga.locator('.expert-progress li').nth(0)).toContainText('Эксперт Иванов');
  await expect(olga.locator('.expert-progress li').nth(0)).toContainText('0 из 2');
  await expect(olga.locator('.expert-progress li').nth(1)).toContainText('Эксперт Петрова');
  await expect(olga.locator('.expert-progress')).not.toContainText('5');

  await expect(anna.getByText('Итоги экспертной оценки')).toHaveCount(0);
  await olga.getByRole('button', { name: 'Показать оценки' }).click();
  await expect(anna.getByText('Итоги экспертной оценки')).toBeVisible();
  const overall = anna.locator('.results .ranking').first().getByRole('listitem');
  await expect(overall).toHaveCount(2);
  // Ветропарк: (3·4 + 3·4)/6 = 4; Умная парковка: (3·2 + 3·5)/6 = 3.5. Spread of Ветропарк: effect
  // marks 5 and 3 (σ 1), feasibility 4 and 4 (σ 0), weighted alike: σ 0,5, as the report gives it.
  await expect(overall.nth(0)).toContainText('Ветропарк — Оценка 4,0 (σ 0,5, 2 эксперта)');
  await expect(overall.nth(1)).toContainText('Умная парковка — Оценка 3,5 (σ 0,0, 1 эксперт)');
  await expect(anna.locator('.results .spread-explanation').first()).toContainText('стандартное отклонение оценок экспертов');
  // One number format: the tile, the ranking and the report all write «4,0» and «3,5».
  await expect(card(anna, 'Ветропарк')).toContainText('Оценка 4,0');
  await expect(card(anna, 'Умная парковка')).toContainText('Оценка 3,5');
  // The effect × feasibility matrix shows both initiatives.
  const matrix = anna.locator('[data-chart="matrix"]');
  await expect(matrix).toContainText('Эффект × реализуемость');
  await expect(matrix.locator('[data-card-id]')).toHaveCount(2);
  await expect(matrix.getByRole('img')).toHaveAttribute('aria-label', /Ветропарк/);
});

const INITIATIVES = [
  'Умная парковка',
  'Умный пешеходный переход у 200 школ',
  'Ветропарк',
  'Центр аддитивных технологий',
  'Химический кластер на вторсырье',
  'Малотоннажный СПГ',
  'ИИ-система раннего предупреждения аварий',
];

/** A board in the scoring phase with seven priority initiatives, all owned by one long-named ministry. */
const boardInScoring = (server: ServerHandle) =>
  seededBoard(server, INITIATIVES, { status: 'priority', owner: 'Министерство экономического развития Калужской области', phase: 'scoring' });

test('an expert scores seven initiatives on five criteria from the keyboard alone, and J/K step between them', async ({ browser, server }) => {
  const { board, close } = await boardInScoring(server);
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга');
  const expert = await join(await newPerson(browser), board.links.expert, 'Эксперт Иванов');
  await expect(sheet(expert)).toBeVisible();
  const status = sheet(expert).locator('.sheet-progress');
  await expect(status).toHaveText('Оценено 0 из 7');
  // The first criterion of the first initiative has focus on arrival: a digit marks it and moves on.
  await expect(sheet(expert).getByRole('radio', { name: 'Эффект для территории: 1', exact: true })).toBeFocused();
  const order: string[] = [];
  for (let initiative = 0; initiative < 7; initiative++) {
    order.push((await sheet(expert).locator('.sheet-initiative h3').textContent()) ?? '');
    for (let criterion = 0; criterion < 5; criterion++) await expert.keyboard.press(String(((initiative + criterion) % 5) + 1));
  }
  await expect(status).toHaveText('Оценено 7 из 7');
  await expect(sheet(expert).getByText('Все инициативы оценены')).toBeVisible();
  // Seven different initiatives, in the board's order (track by track).
  expect(new Set(order).size).toBe(7);
  // K goes back; the marks given there are shown.
  await expert.keyboard.press('k');
  await expect(sheet(expert).locator('.sheet-initiative h3')).toHaveText(order[5]!);
  // 6th initiative (index 5): marks (5 + c) % 5 + 1 → 1, 2, 3, 4, 5.
  await expect(sheet(expert).getByRole('radio', { name: 'Эффект для территории: 1', exact: true })).toBeChecked();
  await expect(sheet(expert).getByRole('radio', { name: 'Инвестиционная привлекательность: 5', exact: true })).toBeChecked();
  await expert.keyboard.press('j');
  await expect(sheet(expert).locator('.sheet-initiative h3')).toHaveText(order[6]!);

  // The marks are the server's: a reload shows them all, and the facilitator sees this expert done.
  await expect(sheet(expert).getByText('Оценки сохранены')).toBeVisible();
  await expert.reload();
  await expect(sheet(expert).locator('.sheet-progress')).toHaveText('Оценено 7 из 7');
  await expect(olga.getByTitle('Эксперты: закончили 1 из 1')).toBeVisible({ timeout: 10_000 });
  close();
});

test('on a 360 px phone the sheet fits the screen with a long owner name, and its segments are big enough to tap', async ({ browser, server }) => {
  const { board, close } = await boardInScoring(server);
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 800 }, hasTouch: true });
  const phone = await join(context, board.links.expert, 'Эксперт Петрова');
  await expect(sheet(phone)).toBeVisible();
  await expect(sheet(phone).getByText('Министерство экономического развития Калужской области')).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const segment = await sheet(phone).locator('.mark-segment').first().boundingBox();
  expect(segment!.width).toBeGreaterThanOrEqual(44);
  expect(segment!.height).toBeGreaterThanOrEqual(44);
  // Every initiative is a numbered step with its title as its name.
  await sheet(phone).getByRole('button', { name: /^3\. / }).click();
  await expect(sheet(phone).getByText('Инициатива 3 из 7')).toBeVisible();
  await sheet(phone).getByRole('radio', { name: 'Реализуемость: 4', exact: true }).check();
  await expect(sheet(phone).getByRole('button', { name: /^3\. .* — 1 из 5$/ })).toBeVisible();
  close();
});
