import type { Locator, Page } from '@playwright/test';
import { card, expect, join, newPerson, quickAdd, test, facilitatorMenu } from './fixtures';

const historyDialog = (page: Page) => page.getByRole('dialog', { name: 'История доски' });
const versionList = (page: Page) => historyDialog(page).getByRole('list', { name: 'Сохранённые версии' });

async function openHistory(page: Page): Promise<Locator> {
  await facilitatorMenu(page, /История/);
  await expect(historyDialog(page)).toBeVisible();
  return historyDialog(page);
}

async function closeHistory(page: Page): Promise<void> {
  await historyDialog(page).getByRole('button', { name: 'Закрыть' }).click();
  await expect(historyDialog(page)).toBeHidden();
}

test('the facilitator keeps versions of the board and restores one for everyone, undoably', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const viewer = await join(await newPerson(browser), board.links.viewer, 'Зритель');
  await expect(anna.getByRole('button', { name: 'Модератор', exact: true })).toHaveCount(0);

  // A phase change saves a version by itself, named in the board's language. It is written
  // just after the change reaches everyone, so the list may need a second look.
  await quickAdd(anna, 'Городская среда', 'Умная парковка');
  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('shortlist');
  await expect(anna.getByText('Этап: Шорт-лист')).toBeVisible();
  await expect(async () => {
    await openHistory(olga);
    try {
      await expect(versionList(olga).getByRole('listitem').filter({ hasText: 'Этап: Шорт-лист' })).toContainText('смена этапа', { timeout: 1000 });
    } catch (error) {
      await closeHistory(olga);
      throw error;
    }
  }).toPass();

  // A named version of the board with two ideas.
  await quickAdd(anna, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await expect(card(olga, 'Ветропарк')).toBeVisible();
  await historyDialog(olga).getByRole('textbox', { name: 'Название версии' }).fill('Две идеи');
  await historyDialog(olga).getByRole('button', { name: 'Сохранить версию' }).click();
  await expect(versionList(olga).getByRole('listitem')).toHaveText([/Две идеи.*сохранено вручную/, /Этап: Шорт-лист/]);
  await closeHistory(olga);

  // Participants carry on: one idea added, one deleted.
  await quickAdd(anna, 'Городская среда', 'Технопарк');
  await card(anna, 'Ветропарк').click();
  await anna.getByRole('button', { name: 'Удалить карточку' }).click();
  for (const page of [olga, viewer]) {
    await expect(card(page, 'Технопарк')).toBeVisible();
    await expect(card(page, 'Ветропарк')).toHaveCount(0);
  }

  // Restoring the named version brings the old board back on every screen.
  await openHistory(olga);
  await historyDialog(olga).getByRole('button', { name: 'Восстановить версию «Две идеи»' }).click();
  await expect(historyDialog(olga)).toBeHidden();
  await expect(olga.getByRole('status').filter({ hasText: 'Доска возвращена к версии «Две идеи»' })).toBeVisible();
  for (const page of [olga, anna, viewer]) {
    await expect(card(page, 'Ветропарк')).toBeVisible();
    await expect(card(page, 'Умная парковка')).toBeVisible();
    await expect(card(page, 'Технопарк')).toHaveCount(0);
  }

  // Ctrl+Z on the facilitator's page takes the restore back, for everyone.
  await olga.locator('body').click({ position: { x: 5, y: 860 } });
  await olga.keyboard.press('Control+z');
  for (const page of [olga, anna, viewer]) {
    await expect(card(page, 'Технопарк')).toBeVisible();
    await expect(card(page, 'Ветропарк')).toHaveCount(0);
    await expect(card(page, 'Умная парковка')).toBeVisible();
  }
  await expect(olga.getByRole('status').filter({ hasText: 'Доска возвращена' })).toHaveCount(0);

  // Nothing was lost from the history: the board as it was before the restore was kept too.
  await openHistory(olga);
  await expect(versionList(olga).getByRole('listitem')).toHaveText([
    /До восстановления версии «Две идеи».*перед восстановлением/,
    /Две идеи.*сохранено вручную/,
    /Этап: Шорт-лист.*смена этапа/,
  ]);
});

test('the Undo button of the restore offer works like Ctrl+Z', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  await openHistory(olga);
  await expect(historyDialog(olga).getByText('Сохранённых версий пока нет')).toBeVisible();
  await historyDialog(olga).getByRole('textbox', { name: 'Название версии' }).fill('Пустая доска');
  await historyDialog(olga).getByRole('button', { name: 'Сохранить версию' }).click();
  await expect(versionList(olga).getByRole('listitem')).toHaveCount(1);
  await closeHistory(olga);

  await quickAdd(anna, 'Городская среда', 'Набережная');
  await expect(card(olga, 'Набережная')).toBeVisible();
  await openHistory(olga);
  await historyDialog(olga).getByRole('button', { name: 'Восстановить версию «Пустая доска»' }).click();
  await expect(card(anna, 'Набережная')).toHaveCount(0);
  await olga.getByRole('status').filter({ hasText: 'Доска возвращена' }).getByRole('button', { name: 'Отменить' }).click();
  await expect(card(anna, 'Набережная')).toBeVisible();
  await expect(card(olga, 'Набережная')).toBeVisible();
});
