import { card, expect, join, newPerson, quickAdd, test } from './fixtures';

test('a viewer sees changes live and has no way to change anything', async ({ browser, server }) => {
  const board = await server.createBoard();
  const editor = await join(await newPerson(browser), board.links.editor, 'Анна');
  const viewer = await join(await newPerson(browser), board.links.viewer, 'Наблюдатель');
  await expect(viewer.getByText('Только просмотр')).toBeVisible();
  await quickAdd(editor, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await expect(card(viewer, 'Ветропарк')).toBeVisible();
  await expect(viewer.getByRole('textbox', { name: /Добавить идею/ })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /Добавить трек|Удалить|Переименовать/ })).toHaveCount(0);
  await card(viewer, 'Ветропарк').click();
  const dialog = viewer.getByRole('dialog');
  await expect(dialog.getByLabel('Название')).toHaveAttribute('readonly', '');
  await expect(dialog.getByLabel('Описание')).toHaveAttribute('readonly', '');
  await expect(dialog.getByRole('button', { name: 'Удалить карточку' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /Добавить ресурс|Добавить этап/ })).toHaveCount(0);
  // Dragging does nothing either.
  const box = (await card(viewer, 'Ветропарк').boundingBox())!;
  await viewer.keyboard.press('Escape');
  await viewer.mouse.move(box.x + 20, box.y + 20);
  await viewer.mouse.down();
  await viewer.mouse.move(box.x - 600, box.y + 20, { steps: 8 });
  await viewer.mouse.up();
  await expect(editor.getByRole('region', { name: 'Инфраструктура и ЖКХ' }).getByRole('article', { name: 'Ветропарк' })).toBeVisible();

  // Forcing an edit through the page (read-only attribute removed) changes nothing for anyone:
  // the server refuses it, and the viewer's page starts over from the server's state.
  await card(viewer, 'Ветропарк').click();
  const title = viewer.getByRole('dialog').getByLabel('Название');
  await title.evaluate((input) => input.removeAttribute('readonly'));
  await title.fill('Взломано');
  await title.press('Tab');
  await expect(card(viewer, 'Ветропарк')).toBeVisible({ timeout: 15_000 });
  await expect(card(viewer, 'Взломано')).toHaveCount(0);
  await expect(card(editor, 'Ветропарк')).toBeVisible();
  await expect(card(editor, 'Взломано')).toHaveCount(0);
});

test('a rotated link shows a clear page instead of the board', async ({ browser, server }) => {
  const board = await server.createBoard();
  const token = board.links.facilitator.split('#k=')[1];
  const response = await fetch(`${server.url}/api/boards/${board.id}/links/editor/rotate`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const page = await (await newPerson(browser)).newPage();
  await page.goto(board.links.editor);
  await expect(page.getByRole('heading', { name: 'Эта ссылка больше не действует' })).toBeVisible();
  await expect(page.getByText('Попросите у него актуальную ссылку')).toBeVisible();
  await page.goto(board.links.editor.split('#')[0]!);
  await expect(page.getByRole('heading', { name: 'В ссылке нет ключа доступа' })).toBeVisible();
});

test('an open board closes with the same clear page when its link is rotated', async ({ browser, server }) => {
  const board = await server.createBoard();
  const editor = await join(await newPerson(browser), board.links.editor, 'Анна');
  const token = board.links.facilitator.split('#k=')[1];
  await fetch(`${server.url}/api/boards/${board.id}/links/editor/rotate`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  await expect(editor.getByRole('heading', { name: 'Эта ссылка больше не действует' })).toBeVisible();
});
