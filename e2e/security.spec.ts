/**
 * What the browser side of the server's defences looks like to people: the app runs under its
 * strict Content-Security-Policy without a single violation, link tokens leave the address bar
 * (and reloading still works), and a server with a creation token asks for it on the home page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Page } from '@playwright/test';
import { startChildServer } from '../server/test/childServer';
import { card, expect, join, lane, newPerson, quickAdd, test, facilitatorMenu } from './fixtures';

/** Collects every CSP violation the page reports, from its first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the whole app runs under the strict CSP: home, links, board, editor, dialogs, projector', async ({ browser, server }) => {
  const context = await newPerson(browser);
  const home = await context.newPage();
  const homeViolations = await watchCsp(home);
  const response = await home.goto(server.url);
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
  await home.getByLabel('Название сессии').fill('Калуга 2030');
  await home.getByRole('button', { name: 'Создать доску' }).click();
  await expect(home.getByRole('img', { name: /QR-код/ }).first()).toBeVisible();
  expect(await homeViolations()).toEqual([]);

  const board = await server.createBoard();
  const page = await context.newPage();
  const boardViolations = await watchCsp(page);
  await page.goto(board.links.facilitator);
  await page.getByLabel(/Ваше имя/).fill('Ольга');
  await page.getByRole('button', { name: /Войти на доску/ }).click();
  await expect(lane(page, 'Городская среда')).toBeVisible();
  await quickAdd(page, 'Городская среда', 'Умная парковка');
  await card(page, 'Умная парковка').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Пригласить' }).click();
  await expect(page.getByRole('img', { name: /QR-код/ }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  const [projector] = await Promise.all([context.waitForEvent('page'), facilitatorMenu(page, /Режим проектора/)]);
  const projectorViolations = await watchCsp(projector);
  await projector.reload();
  await expect(projector.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(projector.locator('.projector-join svg, .projector-join img').first()).toBeVisible();
  expect(await boardViolations()).toEqual([]);
  expect(await projectorViolations()).toEqual([]);
});

test('a link token leaves the address bar once read, and a reload still opens the board', async ({ browser, server }) => {
  const board = await server.createBoard();
  const page = await join(await newPerson(browser), board.links.editor, 'Анна');
  expect(page.url()).toBe(`${server.url}/b/${board.id}`);
  await page.reload();
  await expect(lane(page, 'Городская среда')).toBeVisible();
  await expect(page.locator('.connection')).toHaveAttribute('data-status', 'online');
});

test('a server that needs a creation token asks for it before creating a board', async ({ browser }) => {
  const dataDir = mkdtempSync(joinPath(tmpdir(), 'stratboard-e2e-token-'));
  const child = await startChildServer(dataDir, { args: ['--create-token', 'operator-secret-2026'] });
  try {
    const page = await (await newPerson(browser)).newPage();
    await page.goto(child.url);
    await page.getByLabel('Название сессии').fill('Калуга 2030');
    const code = page.getByLabel('Код для создания досок');
    await expect(code).toBeVisible();
    await code.fill('не тот код');
    await page.getByRole('button', { name: 'Создать доску' }).click();
    await expect(page.getByRole('alert')).toContainText('Код для создания досок не подошёл');
    await code.fill('operator-secret-2026');
    await page.getByRole('button', { name: 'Создать доску' }).click();
    await expect(page.getByRole('img', { name: /QR-код/ }).first()).toBeVisible();
  } finally {
    await child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
