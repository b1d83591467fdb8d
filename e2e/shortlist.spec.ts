import type { Locator, Page } from '@playwright/test';
import { card, expect, join, lane, newPerson, test, type ServerHandle } from './fixtures';
import { seededBoard } from './seededBoard';

const IDEAS = [
  'Умная парковка',
  'Мониторинг парковочных мест',
  'Умный пешеходный переход у 200 школ',
  'Ветропарк',
  'Центр аддитивных технологий',
  'Химический кластер на вторсырье',
  'Бережливое производство в АПК',
  'Малотоннажный СПГ',
  'Цифровой город: домофон, показания, оплата',
];

/** A board with nine ideas over the four tracks. */
const boardWithIdeas = (server: ServerHandle) => seededBoard(server, IDEAS);

/** Counts what a person clicks, so a flow's cost is measured, not guessed. */
function clickCounter() {
  let clicks = 0;
  return {
    click: async (target: Locator, options: { modifiers?: Array<'Shift'> } = {}) => {
      clicks++;
      await target.click(options);
    },
    get count() {
      return clicks;
    },
  };
}

const starOf = (page: Page, title: string) => page.getByRole('button', { name: `Добавить «${title}» в шорт-лист` });
const shortlistFilter = (page: Page) => page.getByRole('button', { name: /Только шорт-лист/ });

test('on the canvas, seven ideas go on the shortlist in eight clicks: four stars, then three more selected and shortlisted at once', async ({
  browser,
  server,
}) => {
  const { board, close } = await boardWithIdeas(server);
  const olga = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.editor, 'Анна Петрова');
  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('shortlist');
  // While shortlisting, every card shows its star, and what is not on the shortlist steps back.
  await expect(starOf(anna, 'Ветропарк')).toBeVisible();
  await expect(card(anna, 'Ветропарк')).toHaveCSS('opacity', '0.5');

  const counter = clickCounter();
  for (const title of IDEAS.slice(0, 4)) await counter.click(starOf(anna, title));
  await expect(anna.getByRole('button', { name: 'Убрать «Ветропарк» из шорт-листа' })).toHaveAttribute('aria-pressed', 'true');
  await expect(card(anna, 'Ветропарк')).toHaveCSS('opacity', '1');
  await counter.click(card(anna, IDEAS[4]!).locator('.canvas-card-title'));
  await counter.click(card(anna, IDEAS[5]!).locator('.canvas-card-title'), { modifiers: ['Shift'] });
  await counter.click(card(anna, IDEAS[6]!).locator('.canvas-card-title'), { modifiers: ['Shift'] });
  await counter.click(anna.getByRole('toolbar', { name: /Выбрано/ }).getByRole('button', { name: 'В шорт-лист' }));
  expect(counter.count).toBe(8);

  // The facilitator sees seven on the shortlist; the filter keeps just those lit.
  await expect(shortlistFilter(olga)).toContainText('7');
  await shortlistFilter(olga).click();
  await expect(shortlistFilter(olga)).toHaveAttribute('aria-pressed', 'true');
  await expect(olga.getByText('Подходят 7 из 9')).toBeVisible();
  await expect(card(olga, 'Малотоннажный СПГ')).toHaveClass(/filtered-out/);
  await expect(card(olga, 'Ветропарк')).not.toHaveClass(/filtered-out/);
  // The selection toolbar now offers the way back, as one undo step.
  const selection = anna.getByRole('toolbar', { name: /Выбрано/ });
  await expect(selection.getByRole('button', { name: 'Убрать из шорт-листа' })).toBeVisible();
  await selection.getByRole('button', { name: 'Убрать из шорт-листа' }).click();
  await expect(shortlistFilter(olga)).toContainText('4');
  await anna.keyboard.press('Control+z');
  await expect(shortlistFilter(olga)).toContainText('7');
  close();
});

test('from the keyboard, J and K step from card to card and S shortlists the one in hand', async ({ browser, server }) => {
  const { board, close } = await boardWithIdeas(server);
  const anna = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.editor, 'Анна Петрова');
  // The canvas (and its keys) is on screen once its notes are.
  await expect(card(anna, 'Ветропарк')).toBeVisible();
  const focused = () => anna.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  /** Presses J or K and waits for the focus to land on another card (it moves on the next frame). */
  const step = async (key: 'j' | 'k') => {
    const before = await focused();
    await anna.keyboard.press(key);
    await expect.poll(focused).not.toBe(before);
    return (await focused())!;
  };
  const firstTitle = await step('j');
  await expect(card(anna, firstTitle)).toBeFocused();
  await anna.keyboard.press('s');
  const second = await step('j');
  await anna.keyboard.press('s');
  const third = await step('j');
  expect(await step('k')).toBe(second);
  expect(new Set([firstTitle, second, third]).size).toBe(3);
  await expect(shortlistFilter(anna)).toContainText('2');
  for (const title of [firstTitle, second]) await expect(card(anna, title)).toHaveAttribute('data-status', 'shortlisted');
  // S again takes the card in hand off the shortlist.
  await anna.keyboard.press('s');
  await expect(card(anna, second)).toHaveAttribute('data-status', 'idea');
  close();
});

test('in the list, a star per tile shortlists seven ideas in seven clicks, and the filter keeps only those', async ({ browser, server }) => {
  const { board, close } = await boardWithIdeas(server);
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  const viewer = await join(await newPerson(browser), board.links.viewer, 'Зритель');
  const counter = clickCounter();
  for (const title of IDEAS.slice(0, 7)) await counter.click(starOf(anna, title));
  expect(counter.count).toBe(7);
  await expect(anna.getByRole('article')).toHaveCount(9);
  await shortlistFilter(anna).click();
  await expect(anna.getByRole('article')).toHaveCount(7);
  await expect(card(anna, 'Малотоннажный СПГ')).toHaveCount(0);
  // Someone who cannot change the board sees which cards are starred, with no button to press.
  await expect(card(viewer, 'Ветропарк').getByRole('img', { name: 'В шорт-листе' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: /в шорт-лист/ })).toHaveCount(0);
  await expect(card(lane(viewer, 'Базовый сектор экономики'), 'Мониторинг парковочных мест')).toContainText('В шорт-листе');
  close();
});
