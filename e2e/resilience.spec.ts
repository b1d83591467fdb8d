import { card, expect, join, newPerson, quickAdd, test } from './fixtures';

test('edits made offline are kept and merged on reconnect', async ({ browser, server }) => {
  const board = await server.createBoard();
  const annaContext = await newPerson(browser);
  const anna = await join(annaContext, board.links.editor, 'Анна');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис');
  await annaContext.setOffline(true);
  await expect(anna.locator('.connection')).toHaveAttribute('data-status', 'offline');
  await quickAdd(anna, 'Городская среда', 'Придумано без сети');
  await expect(anna.locator('.connection .unsaved')).toBeVisible();
  await expect(card(boris, 'Придумано без сети')).toHaveCount(0);
  await annaContext.setOffline(false);
  await expect(card(boris, 'Придумано без сети')).toBeVisible({ timeout: 15_000 });
  // Below full HD "all saved" is the badge's tooltip; unsaved edits would be in words.
  await expect(anna.locator('.connection .unsaved')).toHaveCount(0);
  await expect(anna.locator('.connection')).toHaveAttribute('title', 'В сети · Все изменения сохранены');
});

test('offline edits survive closing the tab and are merged when reopened', async ({ browser, server }) => {
  const board = await server.createBoard();
  const annaContext = await newPerson(browser);
  let anna = await join(annaContext, board.links.editor, 'Анна');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис');
  await annaContext.setOffline(true);
  await expect(anna.locator('.connection')).toHaveAttribute('data-status', 'offline');
  await quickAdd(anna, 'Базовый сектор экономики', 'Бережливое производство в АПК');
  // Give IndexedDB a moment to write, then close the tab while still offline.
  await anna.waitForTimeout(300);
  await anna.close();
  await annaContext.setOffline(false);
  anna = await annaContext.newPage();
  await anna.goto(board.links.editor);
  await expect(card(anna, 'Бережливое производство в АПК')).toBeVisible();
  await expect(card(boris, 'Бережливое производство в АПК')).toBeVisible({ timeout: 15_000 });
});

test('after a server restart, clients reconnect by themselves and keep working', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис');
  await quickAdd(anna, 'Городская среда', 'До перезапуска');
  await expect(card(boris, 'До перезапуска')).toBeVisible();
  await server.restart();
  await expect(anna.locator('.connection')).toHaveAttribute('data-status', 'online', { timeout: 20_000 });
  await expect(boris.locator('.connection')).toHaveAttribute('data-status', 'online', { timeout: 20_000 });
  await quickAdd(boris, 'Городская среда', 'После перезапуска');
  await expect(card(anna, 'После перезапуска')).toBeVisible();
  await expect(card(anna, 'До перезапуска')).toBeVisible();
});
