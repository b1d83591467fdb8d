/**
 * The room: what is put on the wall and what is held in a hand. Slides and the projector fit a
 * 16:9 screen at the usual sizes with nothing to scroll, the projector ranks what was revealed
 * and offers no facilitator controls, and a phone never scrolls sideways or draws anyone's cursor.
 */
import { join as joinPath } from 'node:path';
import type { Page } from '@playwright/test';
import { setScoresRevealed, setVotesRevealed } from '../shared/board';
import { expect, join, newPerson, test } from './fixtures';
import { byScore, byVotes, INITIATIVES, OWNER, roomBoard } from './roomBoard';
import { seededBoard } from './seededBoard';

/** Set to a folder to keep a screenshot of every screen checked here. */
const SHOTS = process.env.ROOM_SCREENSHOTS;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
/** What scrolls where nothing should: the document, and any scroll container inside `scope` holding more than it shows. */
const overflows = (page: Page, scope = 'body') =>
  page.evaluate((selector) => {
    const found: string[] = [];
    const doc = document.documentElement;
    // A page whose viewport does not scroll (the board under a slide) has no scrollbar to show.
    const scrolling = getComputedStyle(doc).overflow !== 'hidden';
    if (scrolling && doc.scrollWidth > innerWidth) found.push(`document ${doc.scrollWidth} wide in ${innerWidth}`);
    if (scrolling && doc.scrollHeight > innerHeight) found.push(`document ${doc.scrollHeight} tall in ${innerHeight}`);
    for (const element of document.querySelector(selector)?.querySelectorAll('*') ?? []) {
      const style = getComputedStyle(element);
      const scrolls = [style.overflowX, style.overflowY].some((value) => value === 'auto' || value === 'scroll');
      if (scrolls && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1))
        found.push(
          `${element.tagName.toLowerCase()}.${element.classList.value}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
        );
    }
    return found;
  }, scope);

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: joinPath(SHOTS, `${name}.png`) });
};

const rankedTitles = (page: Page) => page.getByRole('region', { name: 'Рейтинг' }).locator('li [data-title]').allTextContents();

test('slides and the projector fit 16:9 at 1280, 1440 and 1920 with nothing to scroll; the projector ranks what was revealed', async ({ browser, server }) => {
  test.setTimeout(180_000);
  const { board, session, close } = await roomBoard(server);
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const projector = await (await newPerson(browser)).newPage();
  await projector.goto(`${server.url}/b/${board.id}/projector#k=${board.token('viewer')}&join=${board.token('editor')}`);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Калуга 2030: точки роста');
  // Before the reveal: the board (as the canvas, or the tracks' lists), and no ranking.
  const projectorView = (name: string) => projector.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name }).click();
  for (const size of SIZES)
    for (const [view, name] of [
      ['Холст', 'canvas'],
      ['Список', 'list'],
    ] as const) {
      await projector.setViewportSize(size);
      await projectorView(view);
      await expect(projector.getByRole('region', { name: 'Рейтинг' })).toHaveCount(0);
      expect(await overflows(projector), `projector, ${name}, ${size.width}`).toEqual([]);
      await shot(projector, `projector-${name}-${size.width}x${size.height}`);
    }

  setVotesRevealed(session, true);
  await expect.poll(() => rankedTitles(projector)).toEqual(byVotes);
  setScoresRevealed(session, true);
  await expect.poll(() => rankedTitles(projector)).toEqual(byScore);
  await expect(projector.getByRole('region', { name: 'Рейтинг' }).locator('li').first()).toContainText('5,0');
  // A screen for the room: nothing that runs the session.
  await expect(projector.getByRole('group', { name: 'Модератор' })).toHaveCount(0);
  await expect(projector.getByRole('combobox')).toHaveCount(0);
  expect(await projector.getByRole('button').allTextContents()).toEqual(['Холст', 'Список']);

  for (const size of SIZES) {
    const at = `${size.width}x${size.height}`;
    await Promise.all([olga.setViewportSize(size), projector.setViewportSize(size)]);
    await expect(projector.locator('[data-chart="matrix"]')).toBeVisible();
    expect(await overflows(projector), `projector with the ranking, ${at}`).toEqual([]);
    await shot(projector, `projector-ranking-${at}`);
    // The deck, slide by slide, on the presenter's screen and on the projector (in its list view).
    await olga.getByRole('button', { name: /^Презентация$/ }).click();
    const deck = (page: Page) => page.getByRole('region', { name: 'Презентация' });
    const total = 5;
    for (let n = 1; n <= total; n++) {
      for (const page of [olga, projector]) {
        await expect(deck(page)).toContainText(`Слайд ${n} из ${total}`);
        await expect(deck(page).locator('.slide h2')).toBeVisible();
        expect(await overflows(page, '.presentation'), `slide ${n}, ${at}`).toEqual([]);
      }
      await shot(olga, `slide-${n}-${at}`);
      await olga.keyboard.press('PageDown');
    }
    // The summary ranks as the projector does.
    expect(await deck(olga).locator('.slide-ranking [data-title]').allTextContents()).toEqual(byScore);
    // The projector's deck shows where it is, and nothing to drive it with.
    await expect(deck(projector).getByRole('button')).toHaveCount(0);
    await olga.keyboard.press('Escape');
    await expect(deck(projector)).toHaveCount(0);
  }
  close();
});

test('a 360 px phone never scrolls sideways and draws no one’s cursor, while a desktop moves theirs over the board', async ({ browser, server }) => {
  const { board, close } = await seededBoard(server, INITIATIVES, { status: 'shortlisted', owner: OWNER, phase: 'voting' });
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const phoneContext = await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const phone = await join(phoneContext, board.links.editor, 'Анна с телефона');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис Сидоров');
  // Boris's pointer far to the right of his wide screen, over the list.
  await boris.mouse.move(200, 400);
  await boris.mouse.move(1350, 600, { steps: 5 });
  await expect(olga.locator('.remote-cursor', { hasText: 'Борис Сидоров' })).toBeVisible();
  await expect(phone.locator('.lane.current .owner').first()).toHaveText(OWNER);
  await expect(phone.locator('.remote-cursor')).toHaveCount(0);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The vote buttons stay on the screen.
  for (const button of await phone.getByRole('button', { name: /Отдать голос/ }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  await shot(phone, 'phone-360x800');
  close();
});
