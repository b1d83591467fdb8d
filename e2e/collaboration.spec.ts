import { createTestBoard, openProvider, synced } from '../server/test/clients';
import { card, expect, join, lane, newPerson, quickAdd, test } from './fixtures';

test('two participants fill a track together: add, edit, type at once, move', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис Иванов');

  await expect(anna.getByRole('list', { name: 'Сейчас на доске' }).getByRole('listitem')).toHaveCount(2);

  await quickAdd(anna, 'Городская среда', 'Умная парковка');
  await expect(card(lane(boris, 'Городская среда'), 'Умная парковка')).toBeVisible();

  // Anna turns the idea into an initiative; Boris sees the fields.
  await card(anna, 'Умная парковка').click();
  const annaEditor = anna.getByRole('dialog');
  await annaEditor.getByLabel('Тип').selectOption('initiative');
  await annaEditor.getByLabel('Ответственный / команда').fill('Департамент транспорта');
  await annaEditor.getByLabel('Ответственный / команда').press('Tab');
  await expect(card(boris, 'Умная парковка')).toContainText('Департамент транспорта');
  await expect(card(boris, 'Умная парковка')).toContainText('Проектная инициатива');

  // Both type into the same description at once.
  await card(boris, 'Умная парковка').click();
  const borisText = boris.getByRole('dialog').getByLabel('Описание');
  const annaText = annaEditor.getByLabel('Описание');
  await annaText.click();
  await borisText.click();
  await Promise.all([
    annaText.pressSequentially('Датчики на 500 мест. ', { delay: 15 }),
    borisText.pressSequentially('Оплата через приложение. ', { delay: 15 }),
  ]);
  for (const text of [annaText, borisText]) {
    await expect(text).toHaveValue(/Датчики на 500 мест\. /);
    await expect(text).toHaveValue(/Оплата через приложение\. /);
  }
  await expect(annaText).toHaveValue(await borisText.inputValue());
  await anna.keyboard.press('Escape');
  await boris.keyboard.press('Escape');

  // Anna moves the card to the next track with the keyboard; Boris sees it there.
  await card(anna, 'Умная парковка').focus();
  await anna.keyboard.press('Alt+ArrowRight');
  await expect(card(lane(boris, 'Инфраструктура и ЖКХ'), 'Умная парковка')).toBeVisible();
  await expect(card(lane(boris, 'Городская среда'), 'Умная парковка')).toHaveCount(0);

  // And Boris drags it back with the mouse.
  await quickAdd(boris, 'Базовый сектор экономики', 'Малотоннажный СПГ');
  const source = card(boris, 'Умная парковка');
  const target = lane(boris, 'Базовый сектор экономики').locator('.card-list');
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await boris.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await boris.mouse.down();
  await boris.mouse.move(from.x + 40, from.y + 40, { steps: 5 });
  await boris.mouse.move(to.x + to.width / 2, to.y + 4, { steps: 10 });
  await boris.mouse.up();
  await expect(lane(anna, 'Базовый сектор экономики').getByRole('article')).toHaveText([/Умная парковка/, /Малотоннажный СПГ/]);
});

test('undo reverts only your own edits, never a colleague’s', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис');
  await quickAdd(anna, 'Городская среда', 'Карточка Анны');
  await quickAdd(boris, 'Городская среда', 'Карточка Бориса');
  await expect(card(anna, 'Карточка Бориса')).toBeVisible();
  await anna.locator('body').click({ position: { x: 5, y: 860 } });
  await anna.keyboard.press('Control+z');
  await expect(card(anna, 'Карточка Анны')).toHaveCount(0);
  await expect(card(boris, 'Карточка Анны')).toHaveCount(0);
  await expect(card(anna, 'Карточка Бориса')).toBeVisible();
  await anna.keyboard.press('Control+Shift+z');
  await expect(card(boris, 'Карточка Анны')).toBeVisible();
});

test('facilitators shape the tracks; everyone sees who edits what, where their cursors are, and can filter', async ({ browser, server }) => {
  const board = await server.createBoard();
  const facilitator = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const editor = await join(await newPerson(browser), board.links.editor, 'Анна');

  // Lane management is the facilitator's: editors have no such controls.
  await expect(editor.getByRole('button', { name: 'Добавить трек' })).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Добавить трек' }).click();
  await expect(lane(editor, 'Новый трек')).toBeVisible();
  const fresh = lane(facilitator, 'Новый трек');
  await fresh.getByRole('button', { name: 'Переименовать трек' }).click();
  await fresh.getByRole('textbox', { name: 'Переименовать трек' }).fill('Туризм');
  await fresh.getByRole('textbox', { name: 'Переименовать трек' }).press('Enter');
  await expect(lane(editor, 'Туризм')).toBeVisible();
  await lane(facilitator, 'Туризм').getByRole('combobox', { name: 'Цвет трека' }).selectOption('red');
  await lane(facilitator, 'Туризм').getByRole('button', { name: 'Сдвинуть трек влево' }).click();
  await expect(editor.getByRole('region')).toHaveText([/Научно/, /Базовый/, /Городская/, /Туризм/, /Инфраструктура/]);
  facilitator.once('dialog', (dialog) => void dialog.accept());
  await lane(facilitator, 'Туризм').getByRole('button', { name: 'Удалить трек' }).click();
  await expect(lane(editor, 'Туризм')).toHaveCount(0);

  // Presence: the card someone edits is marked, and cursors move.
  await quickAdd(editor, 'Городская среда', 'Цифровой город');
  await card(editor, 'Цифровой город').click();
  await expect(card(facilitator, 'Цифровой город')).toContainText('Редактирует Анна');
  // Escape once the editor is on screen, as a person would: presence marks the card before the
  // editor's chunk has loaded, and an Escape pressed before it mounts closes nothing.
  await expect(editor.getByRole('dialog')).toBeVisible();
  await editor.keyboard.press('Escape');
  await expect(card(facilitator, 'Цифровой город')).not.toContainText('Редактирует');
  await editor.mouse.move(700, 500);
  await editor.mouse.move(720, 520, { steps: 3 });
  await expect(facilitator.locator('.remote-cursor', { hasText: 'Анна' })).toBeVisible();

  // Search and filters.
  await quickAdd(editor, 'Базовый сектор экономики', 'Малотоннажный СПГ');
  await facilitator.getByRole('searchbox', { name: 'Поиск' }).fill('спг');
  await expect(card(facilitator, 'Малотоннажный СПГ')).toBeVisible();
  await expect(card(facilitator, 'Цифровой город')).toHaveCount(0);
  await expect(facilitator.getByText('Подходит 1 из 2')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(card(facilitator, 'Цифровой город')).toBeVisible();
  // Status, tag and owner are behind one button, which counts the active ones.
  await facilitator.getByRole('button', { name: 'Фильтры', exact: true }).click();
  await facilitator.getByRole('combobox', { name: 'Статус' }).selectOption('priority');
  await expect(facilitator.getByRole('article')).toHaveCount(0);
  await facilitator.keyboard.press('Escape');
  await expect(facilitator.getByRole('combobox', { name: 'Статус' })).toHaveCount(0);
  await expect(facilitator.getByRole('button', { name: 'Фильтры Активных фильтров: 1' })).toBeVisible();
  await expect(facilitator.getByRole('article')).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(facilitator.getByRole('article')).toHaveCount(2);
  await expect(facilitator.getByRole('button', { name: 'Фильтры', exact: true })).toBeVisible();
});

test('deleting a card offers undo', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const boris = await join(await newPerson(browser), board.links.viewer, 'Борис');
  await quickAdd(anna, 'Городская среда', 'Обращение с отходами');
  await card(anna, 'Обращение с отходами').click();
  await anna.getByRole('button', { name: 'Удалить карточку' }).click();
  await expect(card(boris, 'Обращение с отходами')).toHaveCount(0);
  await anna.getByRole('status').filter({ hasText: 'Карточка удалена' }).getByRole('button', { name: 'Отменить' }).click();
  await expect(card(boris, 'Обращение с отходами')).toBeVisible();
});

test('a full room shows the first few avatars and "+N", which lists everyone; the top bar stays one line', async ({ browser, server }) => {
  const board = await createTestBoard(server.url, { title: 'Калуга 2030: точки роста', place: 'Калуга' });
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  const names = ['Борис Иванов', 'Вера Смирнова', 'Глеб Орлов', 'Дарья Кузнецова', 'Егор Попов', 'Жанна Соколова', 'Зоя Лебедева', 'Илья Новиков'];
  const others = await Promise.all(
    names.map(async (name, i) => {
      const client = openProvider(`${server.url.replace(/^http/, 'ws')}/ws`, board.id, board.token('editor'));
      await synced(client.provider);
      client.provider.awareness.setLocalState({
        user: { name, color: ['#e03131', '#2f9e44', '#1971c2', '#f08c00'][i % 4], role: 'editor' },
        cursor: null,
        editing: null,
      });
      return client;
    }),
  );
  const bar = anna.getByRole('list', { name: 'Сейчас на доске' });
  // Nine people: six avatars (Anna first) and "+3".
  await expect(anna.getByRole('button', { name: 'Все на доске: 9' })).toHaveText('+3');
  await expect(bar.locator('li.avatar')).toHaveCount(6);
  await expect(bar.locator('li.avatar').first()).toHaveAttribute('data-peer', 'Анна Петрова');
  const header = (await anna.locator('.board-header').boundingBox())!;
  expect(header.height).toBeLessThan(64);
  await anna.getByRole('button', { name: 'Все на доске: 9' }).click();
  const list = anna.getByRole('dialog', { name: 'Все на доске: 9' });
  for (const name of ['Анна Петрова', ...names]) await expect(list.locator(`[data-peer="${name}"]`)).toContainText(name);
  await anna.keyboard.press('Escape');
  // Someone leaves: the count follows.
  others[0]!.provider.destroy();
  await expect(anna.getByRole('button', { name: 'Все на доске: 8' })).toHaveText('+2');
  for (const other of others.slice(1)) other.provider.destroy();
  // Back to a few: everyone as an avatar, no "+N".
  await expect(bar.locator('li.avatar')).toHaveCount(1);
  await expect(anna.getByRole('button', { name: /Все на доске/ })).toHaveCount(0);
});
