import { card, expect, join, lane, newPerson, quickAdd, test } from './fixtures';
import type { Page } from '@playwright/test';

const INTERACTIVE = new Set(['button', 'textbox', 'combobox', 'checkbox', 'radio', 'searchbox', 'link', 'spinbutton', 'listbox', 'slider']);

/** Interactive nodes of Chromium's accessibility tree that have no accessible name. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
  };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored && INTERACTIVE.has(node.role?.value ?? '') && !(node.name?.value ?? '').trim()).map((node) => node.role!.value);
}

test('every control has an accessible name, and the board works from the keyboard', async ({ browser, server }) => {
  const board = await server.createBoard();
  const context = await newPerson(browser);
  const home = await context.newPage();
  await home.goto(server.url);
  expect(await unnamedControls(home)).toEqual([]);

  const page = await join(context, board.links.facilitator, 'Ольга');
  await quickAdd(page, 'Городская среда', 'Умная парковка');
  expect(await unnamedControls(page)).toEqual([]);
  await expect(page.getByRole('region')).toHaveCount(4);

  // Keyboard only: focus the card, open it, fill a field, close, move it.
  await card(page, 'Умная парковка').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '+ Добавить ресурс' }).press('Enter');
  await dialog.getByRole('button', { name: '+ Добавить этап' }).press('Enter');
  expect(await unnamedControls(page)).toEqual([]);
  await dialog.getByLabel('Ответственный / команда').focus();
  await page.keyboard.type('Дептранс');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(card(page, 'Умная парковка')).toContainText('Дептранс');
  await card(page, 'Умная парковка').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('region', { name: 'Базовый сектор экономики' }).getByRole('article', { name: 'Умная парковка' })).toBeFocused();

  // Status is written out, not only coloured.
  await expect(card(page, 'Умная парковка')).toContainText('Предложение');

  // The facilitator's panels: groups, scoring criteria, the report menu, invitations, slides.
  await page.getByText(/Рабочие группы/).click();
  await page.getByRole('textbox', { name: 'Название группы' }).fill('Группа 1');
  await page.getByRole('button', { name: 'Добавить группу' }).click();
  await page.getByRole('combobox', { name: 'Этап' }).selectOption('scoring');
  await page.getByText('Критерии оценки').click();
  await page.getByText('Отчёт', { exact: true }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('button', { name: /Пригласить/ }).click();
  await expect(page.getByRole('dialog', { name: 'Ссылки на доску' }).getByRole('img').first()).toBeVisible();
  // A click elsewhere closed the report menu, as any drop-down does.
  await expect(page.getByRole('group', { name: 'Отчёт' })).toBeHidden();
  expect(await unnamedControls(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Презентация$/ }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('on a phone, one track at a time with a track switcher', async ({ browser, server }) => {
  const board = await server.createBoard();
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 390, height: 800 }, hasTouch: true });
  const page = await join(context, board.links.editor, 'Анна');
  const visibleLanes = page.locator('.lane:visible');
  await expect(visibleLanes).toHaveCount(1);
  await expect(visibleLanes).toHaveAttribute('aria-label', 'Научно-технологическое развитие и точки роста');
  await page.getByRole('combobox', { name: 'Трек' }).selectOption({ label: 'Городская среда' });
  await expect(visibleLanes).toHaveAttribute('aria-label', 'Городская среда');
  await quickAdd(page, 'Городская среда', 'С телефона');
});

test('on a 360 px phone, the home page and the board fit the screen: nothing wider than it', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 800 }, hasTouch: true });
  const home = await context.newPage();
  await home.goto(server.url);
  await expect(home.getByRole('button', { name: 'Создать доску' })).toBeVisible();
  expect(await home.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const board = await server.createBoard();
  const page = await join(context, board.links.facilitator, 'Ольга Модератор');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // A drop-down panel opens on the screen, its form inside it.
  await page.getByText(/Рабочие группы/).click();
  await expect(page.getByRole('button', { name: 'Добавить группу' })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the facilitator’s board starts within 120 px of the top, and the first tab stop goes straight to the cards', async ({ browser, server }) => {
  const board = await server.createBoard();
  for (const view of ['list', 'canvas'] as const) {
    const page = await join(await newPerson(browser, 'ru-RU', { view }), board.links.facilitator, 'Ольга');
    await page.setViewportSize({ width: 1440, height: 900 });
    if (view === 'list') await quickAdd(page, 'Городская среда', 'Умная парковка');
    else await expect(card(page, 'Умная парковка')).toBeVisible();
    if (view === 'list') {
      // The lanes start under the facilitator's row in every phase, the widest (voting) too; the
      // tools float at the bottom and never cover a card, even scrolled to the end of a lane.
      for (let n = 0; n < 6; n++) await quickAdd(page, 'Городская среда', `Светофор у школы № ${n + 1}`);
      for (const phase of ['voting', 'scoring', 'ideas'] as const) {
        await page.getByRole('combobox', { name: 'Этап' }).selectOption(phase);
        expect((await lane(page, 'Городская среда').boundingBox())!.y, phase).toBeLessThanOrEqual(120);
      }
      const tools = page.locator('.board-tools');
      await expect(tools.getByRole('searchbox', { name: 'Поиск' })).toBeInViewport({ ratio: 1 });
      const last = card(page, 'Светофор у школы № 6');
      await last.evaluate((element) => element.closest('.lanes')?.scrollTo({ top: 1e6 }));
      await page.evaluate(() => window.scrollTo(0, 1e6));
      const [lastBox, toolsBox] = [(await last.boundingBox())!, (await tools.boundingBox())!];
      expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(toolsBox.y);
    }
    if (view === 'canvas') {
      // The view switch and filters float over the canvas's top edge; the canvas fills the rest.
      const canvas = (await page.getByRole('region', { name: 'Холст доски' }).boundingBox())!;
      expect(canvas.y).toBeLessThanOrEqual(120);
      expect(canvas.y + canvas.height).toBeGreaterThanOrEqual(899);
      await expect(page.getByRole('searchbox', { name: 'Поиск' })).toBeInViewport();
    }
    // From the top of a freshly opened board.
    await page.reload();
    await expect(card(page, 'Умная парковка')).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Перейти к карточкам' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const focused = page.locator(':focus');
    await expect(focused).toHaveRole('article');
    await expect(focused).toHaveAccessibleName(/Умная парковка|Светофор у школы/);
    await page.context().close();
  }
});
