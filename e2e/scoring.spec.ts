import { card, expect, join, newPerson, quickAdd, setCardStatus, test } from './fixtures';
import type { Page } from '@playwright/test';

async function mark(page: Page, title: string, marks: Record<string, number>) {
  await card(page, title).click();
  const dialog = page.getByRole('dialog');
  for (const [criterion, value] of Object.entries(marks)) {
    const radio = dialog.getByRole('radio', { name: `${criterion}: ${value}`, exact: true });
    await radio.check();
    await expect(radio).toBeChecked();
  }
  await page.keyboard.press('Escape');
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

  // Experts see the board read-only.
  await expect(expertA.getByText('Только просмотр')).toBeVisible();
  await expect(expertA.getByRole('textbox', { name: /Добавить идею/ })).toHaveCount(0);

  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('scoring');
  // The facilitator tunes the criteria: feasibility weighs as much as effect; no investment criterion.
  await olga.getByText('Критерии оценки').click();
  await olga.getByRole('spinbutton', { name: 'Вес: Реализуемость' }).fill('3');
  await olga.getByRole('spinbutton', { name: 'Вес: Реализуемость' }).press('Tab');
  await olga.getByRole('button', { name: 'Удалить критерий «Инвестиционная привлекательность»' }).click();
  await olga.getByRole('button', { name: 'Сохранить критерии' }).click();
  await expect(olga.getByText('Критерии сохранены')).toBeVisible();
  await card(expertA, 'Ветропарк').click();
  await expect(expertA.getByRole('dialog').getByRole('radio', { name: 'Реализуемость: 5', exact: true })).toBeVisible();
  await expect(expertA.getByRole('dialog').getByRole('radio', { name: /Инвестиционная привлекательность/ })).toHaveCount(0);
  await expertA.keyboard.press('Escape');
  await mark(expertA, 'Ветропарк', { 'Эффект для территории': 5, Реализуемость: 4 });
  await mark(expertB, 'Ветропарк', { 'Эффект для территории': 3, Реализуемость: 4 });
  await mark(expertA, 'Умная парковка', { 'Эффект для территории': 2, Реализуемость: 5 });
  // Participants do not get scoring controls.
  await card(anna, 'Ветропарк').click();
  await expect(anna.getByRole('dialog').getByRole('radio')).toHaveCount(0);
  await anna.keyboard.press('Escape');

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
