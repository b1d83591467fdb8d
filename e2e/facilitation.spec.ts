import type { Page } from '@playwright/test';
import { card, expect, join, lane, newPerson, quickAdd, setCardStatus, test, facilitatorMenu } from './fixtures';

const TRACKS = ['Научно-технологическое развитие и точки роста', 'Базовый сектор экономики', 'Городская среда', 'Инфраструктура и ЖКХ'];
const visibleTracks = (page: Page) => page.locator('.lanes').getByRole('region');

test('breakout groups land on their tracks, show who is in them, and come back to plenary', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис');
  const viewer = await join(await newPerson(browser), board.links.viewer, 'Зритель');

  await olga.getByText(/Рабочие группы/).click();
  for (const name of ['Группа 1', 'Группа 2']) {
    await olga.getByRole('textbox', { name: 'Название группы' }).fill(name);
    await olga.getByRole('button', { name: 'Добавить группу' }).click();
  }
  const group = (page: Page, name: string) => page.locator(`[data-group="${name}"]`);
  await group(olga, 'Группа 1').getByRole('checkbox', { name: 'Городская среда' }).check();
  await group(olga, 'Группа 2').getByRole('checkbox', { name: 'Инфраструктура и ЖКХ' }).check();

  // Anna joins by herself; the facilitator puts Boris into group 2.
  await anna.getByText(/Рабочие группы/).click();
  await anna.getByRole('button', { name: 'Войти в группу «Группа 1»' }).click();
  await group(olga, 'Группа 2').getByRole('combobox', { name: 'Добавить участника в группу «Группа 2»' }).selectOption({ label: 'Борис' });
  await viewer.getByText(/Рабочие группы/).click();
  await expect(group(viewer, 'Группа 1').getByRole('list', { name: 'Участники группы «Группа 1»' })).toContainText('Анна');
  await expect(group(viewer, 'Группа 2').getByRole('list', { name: 'Участники группы «Группа 2»' })).toContainText('Борис');
  await expect(group(viewer, 'Группа 1')).toContainText('Городская среда');
  await expect(viewer.getByRole('button', { name: /Войти в группу/ })).toHaveCount(0);

  // Before the breakout everyone sees the whole board.
  await expect(visibleTracks(anna)).toHaveCount(4);
  await facilitatorMenu(olga, 'Разойтись по трекам');
  await expect(visibleTracks(anna)).toHaveCount(1);
  await expect(lane(anna, 'Городская среда')).toBeVisible();
  await expect(anna.getByRole('status').filter({ hasText: 'Группа «Группа 1»: ваш трек — Городская среда' })).toBeVisible();
  await expect(visibleTracks(boris)).toHaveCount(1);
  await expect(lane(boris, 'Инфраструктура и ЖКХ')).toBeVisible();
  // The facilitator and people outside groups keep the whole board.
  await expect(visibleTracks(olga)).toHaveCount(4);
  await expect(visibleTracks(viewer)).toHaveCount(4);

  // Work in the group's track reaches everyone.
  await quickAdd(anna, 'Городская среда', 'Умная парковка');
  await expect(card(olga, 'Умная парковка')).toBeVisible();

  // A member can look at the whole board and go back to their track.
  await anna.getByRole('button', { name: 'Показать всю доску' }).click();
  await expect(visibleTracks(anna)).toHaveCount(4);
  await anna.getByRole('button', { name: 'Вернуться к своему треку' }).click();
  await expect(visibleTracks(anna)).toHaveCount(1);

  await olga.getByRole('button', { name: 'Вернуться на пленарную сессию' }).click();
  for (const page of [anna, boris]) {
    await expect(visibleTracks(page)).toHaveCount(4);
    for (const title of TRACKS) await expect(lane(page, title)).toBeVisible();
  }
  await expect(anna.getByText(/ваш трек/)).toHaveCount(0);
});

test('participants follow the facilitator’s view and can step out', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  await quickAdd(olga, 'Базовый сектор экономики', 'Малотоннажный завод СПГ');
  await quickAdd(olga, 'Инфраструктура и ЖКХ', 'Ветропарк');

  await olga.getByRole('button', { name: 'Все ко мне' }).click();
  await expect(olga.getByText('Все следуют за вашим экраном')).toBeVisible();
  await expect(anna.getByText('Вы следуете за: Ольга Модератор')).toBeVisible();

  await card(olga, 'Малотоннажный завод СПГ').click();
  await expect(anna.getByRole('dialog')).toBeVisible();
  await expect(anna.getByRole('dialog').getByRole('textbox', { name: 'Название' })).toHaveValue('Малотоннажный завод СПГ');
  await expect(lane(anna, 'Базовый сектор экономики')).toHaveClass(/spotlight/);
  await olga.keyboard.press('Escape');
  await expect(anna.getByRole('dialog')).toHaveCount(0);

  // Stepping out: the facilitator's next move no longer pulls Anna along.
  await anna.getByRole('button', { name: 'Не следовать' }).click();
  await card(olga, 'Ветропарк').click();
  await expect(olga.getByRole('dialog')).toBeVisible();
  await anna.waitForTimeout(500);
  await expect(anna.getByRole('dialog')).toHaveCount(0);
  await anna.getByRole('button', { name: 'Снова следовать за: Ольга Модератор' }).click();
  await expect(anna.getByRole('dialog').getByRole('textbox', { name: 'Название' })).toHaveValue('Ветропарк');
  await expect(lane(anna, 'Инфраструктура и ЖКХ')).toHaveClass(/spotlight/);
  await anna.keyboard.press('Escape');
  await olga.keyboard.press('Escape');

  await olga.getByRole('button', { name: 'Перестать вести' }).first().click();
  await expect(anna.getByText(/Вы следуете за/)).toHaveCount(0);
  await expect(lane(anna, 'Инфраструктура и ЖКХ')).not.toHaveClass(/spotlight/);
});

test('private mode: ideas stay in their author’s browser until the reveal, with no trace on the wire', async ({ browser, server }) => {
  const SECRET = 'Тайный ветропарк на холме';
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const borisFrames: Buffer[] = [];
  const annaFrames: Buffer[] = [];
  const record = (frames: Buffer[]) => (page: Page) =>
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => void frames.push(Buffer.from(payload)));
      socket.on('framesent', ({ payload }) => void frames.push(Buffer.from(payload)));
    });
  const annaContext = await newPerson(browser);
  const anna = await join(annaContext, board.links.editor, 'Анна', { onPage: record(annaFrames) });
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис', { onPage: record(borisFrames) });
  const onWire = (frames: Buffer[]) => frames.some((frame) => frame.includes(Buffer.from(SECRET, 'utf8')));

  await facilitatorMenu(olga, 'Собирать идеи скрытно');
  await expect(anna.getByText(/Скрытый режим: ваши новые идеи остаются на этом устройстве/)).toBeVisible();
  const input = anna.getByRole('textbox', { name: 'Добавить идею в трек «Инфраструктура и ЖКХ»' });
  await input.fill(SECRET);
  await input.press('Enter');
  const draft = anna.locator('[data-private-idea]');
  await expect(draft).toHaveCount(1);
  await expect(draft).toContainText('Видно только вам');
  await expect(draft.getByRole('textbox')).toHaveValue(SECRET);
  await expect(olga.getByText('Скрытых идей: 1, авторов: 1')).toBeVisible();

  // Still there after a reload, still only in Anna's browser.
  await anna.reload();
  await expect(anna.locator('[data-private-idea]').getByRole('textbox')).toHaveValue(SECRET);
  await expect(anna.locator('.connection')).toHaveAttribute('data-status', 'online');
  await boris.waitForTimeout(700);
  await expect(boris.getByText(SECRET)).toHaveCount(0);
  await expect(olga.getByText(SECRET)).toHaveCount(0);
  expect(await boris.content()).not.toContain(SECRET);
  expect(onWire(borisFrames)).toBe(false);
  expect(onWire(annaFrames)).toBe(false);

  await olga.getByRole('button', { name: 'Открыть идеи' }).click();
  await expect(card(boris, SECRET)).toBeVisible();
  await expect(card(olga, SECRET)).toBeVisible();
  await expect(card(anna, SECRET)).toBeVisible();
  await expect(anna.locator('[data-private-idea]')).toHaveCount(0);
  // The same check sees the idea once it is published: it would have caught a leak.
  await expect.poll(() => onWire(borisFrames)).toBe(true);
  // Published once, even after Anna reloads.
  await anna.reload();
  await expect(card(anna, SECRET)).toHaveCount(1);
  await expect(card(boris, SECRET)).toHaveCount(1);
});

test('the projector view shows the board in large type with the join QR code, phase, timer and results', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  await quickAdd(olga, 'Городская среда', 'Умная парковка');
  // Opened from the facilitator's bar: through the viewer link, showing the editor link.
  const [projector] = await Promise.all([olga.context().waitForEvent('page'), facilitatorMenu(olga, /Режим проектора/)]);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Калуга 2030: точки роста');
  // No token stays in the address bar of a projected tab, and the one it holds can only view.
  expect(projector.url()).toBe(`${server.url}/b/${board.id}/projector`);
  const held = await projector.evaluate((id) => JSON.parse(sessionStorage.getItem(`stratboard.link.${id}.projector`) ?? '{}').token, board.id);
  expect(held).toBe(board.links.viewer.split('#k=')[1]);
  await expect(projector.locator('.projector-phase')).toContainText('Идеи');
  await expect(projector.getByRole('timer')).toHaveText('10:00');
  await expect(projector.locator('.projector-link')).toHaveText(board.links.editor);
  await expect(projector.locator('.projector-join svg, .projector-join img').first()).toBeVisible();
  // Read-only: nothing to type into, no tools.
  await expect(projector.getByRole('textbox')).toHaveCount(0);
  await expect(projector.getByRole('toolbar', { name: 'Инструменты' })).toHaveCount(0);
  // The canvas, fitted whole: every track and the note on it in view.
  const canvas = (await projector.locator('.canvas-viewport').boundingBox())!;
  for (const title of TRACKS) {
    const frame = (await projector.getByRole('region', { name: title, exact: true }).boundingBox())!;
    expect(frame.x).toBeGreaterThanOrEqual(canvas.x);
    expect(frame.x + frame.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  }
  await expect(card(projector, 'Умная парковка')).toBeVisible();
  // Or the tracks as lists in large type.
  await projector.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Список' }).click();
  for (const title of TRACKS) await expect(projector.getByRole('heading', { name: title })).toBeVisible();
  await expect(projector.locator('.projector-card')).toHaveText('Умная парковка');

  await quickAdd(olga, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await expect(projector.locator('[data-lane-id] .projector-card', { hasText: 'Ветропарк' })).toBeVisible();
  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('voting');
  await expect(projector.locator('.projector-phase')).toContainText('Голосование');
  await olga.getByRole('button', { name: /Запустить таймер/ }).click();
  await expect(projector.getByRole('timer')).not.toHaveText('10:00');

  // Follow: the projector shows the card the facilitator opens.
  await olga.getByRole('button', { name: 'Все ко мне' }).click();
  await card(olga, 'Ветропарк').click();
  await expect(projector.locator('[data-spotlight]')).toContainText('Ветропарк');
});

test('a facilitator who did not create the board can still invite people, and renew a link', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  await olga.getByRole('button', { name: 'Пригласить' }).click();
  const dialog = olga.getByRole('dialog', { name: 'Ссылки на доску' });
  await expect(dialog.getByRole('textbox', { name: 'Участник' })).toHaveValue(board.links.editor);
  await expect(dialog.getByRole('textbox', { name: 'Наблюдатель' })).toHaveValue(board.links.viewer);
  await dialog
    .locator('[data-role="viewer"]')
    .getByRole('button', { name: /Выпустить новую ссылку/ })
    .click();
  await expect(dialog.getByRole('textbox', { name: 'Наблюдатель' })).not.toHaveValue(board.links.viewer);
  const renewed = await dialog.getByRole('textbox', { name: 'Наблюдатель' }).inputValue();
  expect(renewed).toContain(`/b/${board.id}#k=`);
  expect((await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.links.viewer.split('#k=')[1]}` } })).status).toBe(
    403,
  );
  expect((await fetch(`${server.url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${renewed.split('#k=')[1]}` } })).status).toBe(200);
  // Editors have no such button.
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  await expect(anna.getByRole('button', { name: 'Пригласить' })).toHaveCount(0);
});

test('the facilitator presents the final board slide by slide; followers and the projector see the same slide', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  await quickAdd(olga, 'Городская среда', 'Умная парковка');
  await setCardStatus(olga, 'Умная парковка', 'priority', 'Дептранс');
  const projector = await (await newPerson(browser)).newPage();
  await projector.goto(`${server.url}/b/${board.id}/projector#k=${board.links.facilitator.split('#k=')[1]}`);
  // The tracks as lists: their slides show each track's initiatives (on the canvas, see canvas.spec.ts).
  await projector.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Список' }).click();
  await expect(projector.locator('.projector-card')).toHaveText('Умная парковка');
  await expect(projector.locator('.projector-card').getByRole('img', { name: 'Приоритет' })).toBeVisible();

  await olga.getByRole('button', { name: /^Презентация$/ }).click();
  const deck = (page: Page) => page.getByRole('region', { name: 'Презентация' });
  await expect(deck(olga)).toContainText('Слайд 1 из 5');
  await expect(deck(olga).getByRole('heading', { level: 2 })).toHaveText(TRACKS[0]!);
  await expect(deck(anna).getByRole('heading', { level: 2 })).toHaveText(TRACKS[0]!);
  // A clicker sends Page Down.
  await olga.keyboard.press('PageDown');
  await olga.keyboard.press('ArrowRight');
  await expect(deck(olga).getByRole('heading', { level: 2 })).toHaveText('Городская среда');
  for (const page of [anna, projector]) {
    await expect(deck(page).getByRole('heading', { level: 2 })).toHaveText('Городская среда');
    await expect(deck(page).locator('.slide-initiative')).toContainText('Умная парковка');
    await expect(deck(page).locator('.slide-initiative')).toContainText('Дептранс');
  }
  // Followers do not drive the deck.
  await anna.keyboard.press('PageDown');
  await expect(deck(olga)).toContainText('Слайд 3 из 5');
  await olga.keyboard.press('End');
  await expect(deck(anna).getByRole('heading', { level: 2 })).toHaveText('Приоритетные инициативы: общий рейтинг');
  await expect(deck(anna).locator('.slide-ranking')).toContainText('Умная парковка');
  await olga.keyboard.press('PageUp');
  await expect(deck(projector)).toContainText('Слайд 4 из 5');

  // Anna leaves the presentation; the presenter goes on; then ends it for everyone.
  await deck(anna).getByRole('button', { name: 'Выйти из презентации' }).click();
  await expect(deck(anna)).toHaveCount(0);
  await olga.keyboard.press('Home');
  await expect(deck(projector)).toContainText('Слайд 1 из 5');
  await expect(deck(anna)).toHaveCount(0);
  await olga.keyboard.press('Escape');
  await expect(deck(olga)).toHaveCount(0);
  await expect(deck(projector)).toHaveCount(0);
});
