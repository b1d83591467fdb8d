import { card, expect, join, newPerson, quickAdd, setCardStatus, test } from './fixtures';
import type { Page } from '@playwright/test';

async function shortlist(page: Page, title: string) {
  await setCardStatus(page, title, 'shortlisted');
  await expect(card(page, title)).toContainText('В шорт-листе');
}

test('shortlist, vote within the budget, reveal the counts', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис');
  const viewer = await join(await newPerson(browser), board.links.viewer, 'Зритель');

  await quickAdd(anna, 'Городская среда', 'Умная парковка');
  await quickAdd(boris, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await quickAdd(anna, 'Городская среда', 'Просто идея');
  await shortlist(olga, 'Умная парковка');
  await shortlist(olga, 'Ветропарк');

  // No vote buttons before voting opens.
  await expect(anna.getByRole('button', { name: /Отдать голос/ })).toHaveCount(0);
  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('voting');
  await olga.getByText('Правила голосования').click();
  await olga.getByRole('spinbutton', { name: 'Голосов у каждого' }).fill('2');
  await olga.getByRole('spinbutton', { name: 'Голосов у каждого' }).press('Tab');
  await olga.getByRole('spinbutton', { name: 'Максимум на карточку' }).fill('1');
  await olga.getByRole('spinbutton', { name: 'Максимум на карточку' }).press('Tab');

  await expect(anna.getByText('Осталось голосов: 2 из 2')).toBeVisible();
  await expect(anna.getByRole('button', { name: 'Отдать голос за «Просто идея»' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /Отдать голос/ })).toHaveCount(0);

  await anna.getByRole('button', { name: 'Отдать голос за «Умная парковка»' }).click();
  await expect(anna.getByText('Осталось голосов: 1 из 2')).toBeVisible();
  // One per card: the button for that card is now disabled.
  await expect(anna.getByRole('button', { name: 'Отдать голос за «Умная парковка»' })).toBeDisabled();
  await anna.getByRole('button', { name: 'Отдать голос за «Ветропарк»' }).click();
  await expect(anna.getByText('Осталось голосов: 0 из 2')).toBeVisible();
  await expect(anna.getByRole('button', { name: /Отдать голос/ })).toHaveCount(2);
  for (const button of await anna.getByRole('button', { name: /Отдать голос/ }).all()) await expect(button).toBeDisabled();
  await anna.getByRole('button', { name: 'Забрать голос у «Ветропарк»' }).click();
  await expect(anna.getByText('Осталось голосов: 1 из 2')).toBeVisible();

  await boris.getByRole('button', { name: 'Отдать голос за «Умная парковка»' }).click();
  await expect(boris.getByText('Осталось голосов: 1 из 2')).toBeVisible();

  // The facilitator sees how many identities hold votes beside the people who may vote (Ольга, Анна, Борис).
  await expect(olga.locator('.ballot-check')).toContainText('Бюллетеней с голосами: 2, участников на доске: 3, голосов: 2');
  await expect(anna.locator('.ballot-check')).toHaveCount(0);
  // Counts are hidden from everyone until the facilitator reveals them.
  await expect(viewer.getByText(/\d+ голос/)).toHaveCount(0);
  await olga.getByRole('button', { name: 'Показать голоса' }).click();
  for (const page of [viewer, anna, olga]) await expect(card(page, 'Умная парковка')).toContainText('2 голоса');
  await expect(card(viewer, 'Ветропарк')).not.toContainText(/\d+ голос/);
  // The reveal closes voting: no bandwagon votes with the count on screen.
  await expect(boris.getByText('Голосование закрыто: итоги показаны')).toBeVisible();
  await expect(boris.getByRole('button', { name: /Отдать голос/ })).toHaveCount(0);
  await expect(anna.getByRole('button', { name: /Забрать голос/ })).toHaveCount(0);
  // Votes per card as a chart, most votes first.
  const bars = viewer.locator('[data-chart="votes"] [data-card-id]');
  await expect(bars.first()).toContainText('Умная парковка');
  // Reopening is the facilitator's explicit act: hiding the totals.
  await olga.getByRole('button', { name: 'Скрыть голоса' }).click();
  await expect(card(viewer, 'Умная парковка')).not.toContainText(/\d+ голос/);
  await boris.getByRole('button', { name: 'Отдать голос за «Ветропарк»' }).click();
  await expect(boris.getByText('Осталось голосов: 0 из 2')).toBeVisible();
  await olga.getByRole('button', { name: 'Показать голоса' }).click();
  await expect(card(viewer, 'Ветропарк')).toContainText('1 голос');
  await expect(bars).toHaveCount(2);
  // The results are a drawer beside the board, not panels above it: the board keeps its place.
  await expect(viewer.getByRole('complementary', { name: 'Итоги' })).toBeVisible();
  const top = (await card(viewer, 'Ветропарк').boundingBox())!.y;
  await viewer.getByRole('button', { name: 'Скрыть итоги' }).click();
  await expect(bars).toHaveCount(0);
  expect((await card(viewer, 'Ветропарк').boundingBox())!.y).toBe(top);
  await viewer.getByRole('button', { name: 'Итоги' }).click();
  await expect(bars).toHaveCount(2);
});

test('while the room votes, the board is for voting: no quick-add, no note tool, big vote buttons on shortlisted cards only', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const vera = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.editor, 'Вера');
  await quickAdd(anna, 'Городская среда', 'Умная парковка');
  await quickAdd(anna, 'Городская среда', 'Обращение с отходами');
  await anna.getByRole('button', { name: 'Добавить «Умная парковка» в шорт-лист' }).click();
  await expect(vera.getByRole('button', { name: 'Стикер' })).toBeVisible();

  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('voting');
  await expect(anna.getByRole('textbox', { name: /Добавить идею/ })).toHaveCount(0);
  await expect(vera.getByRole('button', { name: 'Стикер' })).toHaveCount(0);
  await vera.keyboard.press('n');
  await expect(vera.getByRole('textbox', { name: 'Новый стикер' })).toHaveCount(0);
  // Only the shortlisted card takes votes; the other steps back.
  await expect(card(anna, 'Обращение с отходами')).toHaveCSS('opacity', '0.5');
  await expect(anna.getByRole('button', { name: 'Отдать голос за «Обращение с отходами»' })).toHaveCount(0);
  const add = anna.getByRole('button', { name: 'Отдать голос за «Умная парковка»' });
  const box = (await add.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(32);
  await add.click();
  await expect(anna.getByText('Осталось голосов: 4 из 5')).toBeVisible();
  await expect(vera.getByText('Осталось голосов: 5 из 5')).toBeVisible();

  // Back to shortlisting, ideas may come again.
  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('shortlist');
  await expect(anna.getByRole('textbox', { name: /Добавить идею/ }).first()).toBeVisible();
  await expect(vera.getByRole('button', { name: 'Стикер' })).toBeVisible();
});
