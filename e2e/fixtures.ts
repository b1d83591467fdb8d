/**
 * Browser-test fixtures: a real Stratboard server (child process, fresh data directory) per
 * test, a board created through the API, and helpers to join it as a person would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startChildServer, type ChildServer } from '../server/test/childServer';

export interface TestBoard {
  id: string;
  links: Record<'facilitator' | 'editor' | 'expert' | 'viewer', string>;
}

export interface ServerHandle {
  url: string;
  /** Kills the server (SIGKILL) and starts it again on the same port and data. */
  restart(): Promise<void>;
  createBoard(body?: Record<string, unknown>): Promise<TestBoard>;
}

export const test = base.extend<{ server: ServerHandle }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function asks for from this pattern
  server: async ({}, use) => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'stratboard-e2e-'));
    let child: ChildServer = await startChildServer(dataDir);
    const port = Number(new URL(child.url).port);
    const handle: ServerHandle = {
      get url() {
        return child.url;
      },
      restart: async () => {
        await child.kill();
        child = await startChildServer(dataDir, { port });
      },
      createBoard: async (body = { title: 'Калуга 2030: точки роста', place: 'Калуга' }) => {
        const response = await fetch(`${child.url}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(response.status).toBe(201);
        return (await response.json()) as TestBoard;
      },
    };
    await use(handle);
    await child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/**
 * A new browser profile (context) with the given browser language. Boards open on the canvas
 * on a desktop; most specs drive the list, so this profile starts on the list unless
 * `view: 'default'` (the profile as a newcomer has it) or 'canvas' is asked for. The choice is
 * only written when the profile has none, so switching views in a test sticks.
 */
export async function newPerson(browser: Browser, locale = 'ru-RU', options: { view?: 'list' | 'canvas' | 'default' } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 } });
  const view = options.view ?? 'list';
  if (view !== 'default')
    await context.addInitScript((chosen) => {
      if (localStorage.getItem('stratboard.view') === null) localStorage.setItem('stratboard.view', chosen);
    }, view);
  return context;
}

/** Picks an item of the facilitator's menu ("Модератор ▾"). */
export async function facilitatorMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('group', { name: 'Модератор' }).getByRole('button', { name: 'Модератор' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Opens a board link, gives a display name, and waits for the lanes. */
export async function join(context: BrowserContext, link: string, name: string, options: { onPage?: (page: Page) => void } = {}): Promise<Page> {
  const page = await context.newPage();
  options.onPage?.(page);
  await page.goto(link);
  await page.getByLabel(/Ваше имя|Your name/).fill(name);
  await page.getByRole('button', { name: /Войти на доску|Enter the board/ }).click();
  await expect(page.getByRole('region').first()).toBeVisible();
  await expect(page.locator('.connection')).toHaveAttribute('data-status', 'online');
  return page;
}

export const lane = (page: Page | Locator, title: string) => page.getByRole('region', { name: title, exact: true });
export const card = (page: Page | Locator, title: string) => page.getByRole('article', { name: title, exact: true });

export async function quickAdd(page: Page, laneTitle: string, title: string): Promise<void> {
  const input = page.getByRole('textbox', { name: new RegExp(`Добавить идею в трек «${laneTitle}»|Add an idea to ${laneTitle}`) });
  await input.fill(title);
  await input.press('Enter');
  await expect(card(page, title)).toBeVisible();
}

/** Opens a card, sets its status (and, if given, its owner) and closes the editor again. */
export async function setCardStatus(page: Page, title: string, status: 'idea' | 'shortlisted' | 'priority', owner?: string): Promise<void> {
  await card(page, title).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Статус').selectOption(status);
  if (owner !== undefined) await dialog.getByLabel('Ответственный / команда').fill(owner);
  await page.keyboard.press('Escape');
}
