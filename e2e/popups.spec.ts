/**
 * Tooltips and popovers bring their code when someone first reaches for them, not with the
 * board; reaching for one before that code has arrived still works.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, join, newPerson, test } from './fixtures';

/** A participant on the canvas, and the scripts their page fetches from the start. */
async function joinSlowly(browser: Browser, link: string, name: string) {
  const scripts: string[] = [];
  const page = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), link, name, {
    onPage: (opened) => opened.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url())),
  });
  await expect(page.locator('.canvas-viewport')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const withTheBoard = new Set(scripts);
  // Every script from now on takes its time, as on a slow network.
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  return { page, fetchedSince: () => scripts.filter((url) => !withTheBoard.has(url)) };
}

test('popover and tooltip code loads at the first reach: a click before it arrives opens the popover, a focused control keeps its focus', async ({
  browser,
  server,
}) => {
  const board = await server.createBoard();

  const anna = await joinSlowly(browser, board.links.editor, 'Анна');
  const filters = anna.page.getByRole('button', { name: 'Фильтры' });
  await filters.click();
  const popover = anna.page.getByRole('dialog', { name: 'Фильтры' });
  await expect(popover.getByLabel('Статус')).toBeVisible();
  expect(anna.fetchedSince().length).toBeGreaterThan(0);
  await anna.page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(filters).toBeFocused();

  const boris = await joinSlowly(browser, board.links.editor, 'Борис');
  const zoomIn = boris.page.getByRole('button', { name: 'Приблизить' });
  await zoomIn.focus();
  await expect(boris.page.getByRole('tooltip')).toHaveText(/Приблизить\s*\+/);
  expect(boris.fetchedSince().length).toBeGreaterThan(0);
  await expect(zoomIn).toBeFocused();
  await focusedStaysUsable(boris.page);
});

/** The control that kept its focus still works from the keyboard: Enter zooms in. */
async function focusedStaysUsable(page: Page): Promise<void> {
  const scale = () => page.evaluate(() => /scale\(([^)]+)\)/.exec(document.querySelector<HTMLElement>('.canvas-layer')?.style.transform ?? '')?.[1] ?? '');
  const before = await scale();
  await page.keyboard.press('Enter');
  await expect.poll(scale).not.toBe(before);
}
