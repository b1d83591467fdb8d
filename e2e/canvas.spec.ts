import type { Browser, Locator, Page } from '@playwright/test';
import { addCard, CANVAS, cardRect, laneFrames, listCards, listLanes } from '../shared/board';
import { createTestBoard, openProvider, synced } from '../server/test/clients';
import { card, expect, join, lane, newPerson, quickAdd, type ServerHandle, setCardStatus, test, facilitatorMenu } from './fixtures';

const toCanvas = async (page: Page) => {
  await page.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Холст' }).click();
  await expect(page.getByRole('application')).toBeVisible();
};
const toList = (page: Page) => page.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Список' }).click();
const centreOf = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const drag = async (page: Page, from: { x: number; y: number }, to: { x: number; y: number }) => {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
};
/** On the canvas a card is not inside its lane's element: its `data-lane` names the lane it belongs to. */
const expectInTrack = async (page: Page, track: string, title: string) => {
  const laneId = await lane(page, track).getAttribute('data-lane-frame');
  await expect(card(page, title)).toHaveAttribute('data-lane', laneId!);
};
const zoomLevel = (page: Page) => page.getByRole('toolbar', { name: 'Масштаб' }).locator('.zoom-level');

test('on the canvas, a note is typed where someone double-clicks, dragged into another track, and a colleague sees it there', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис Иванов');
  await toCanvas(anna);
  await toCanvas(boris);

  // Four tracks side by side as frames.
  for (const title of ['Научно-технологическое развитие и точки роста', 'Базовый сектор экономики', 'Городская среда', 'Инфраструктура и ЖКХ'])
    await expect(lane(anna, title)).toBeVisible();
  const urban = lane(anna, 'Городская среда');
  const box = (await urban.boundingBox())!;
  await anna.mouse.dblclick(box.x + box.width / 2, box.y + box.height * 0.6);
  const draft = anna.getByRole('textbox', { name: 'Новый стикер' });
  await expect(draft).toBeFocused();
  // Tab ends one note and starts the next beside it; Enter ends the last.
  await draft.pressSequentially('Умная парковка');
  await draft.press('Tab');
  await draft.pressSequentially('Мониторинг парковочных мест');
  await draft.press('Enter');
  await expect(draft).toHaveCount(0);
  await expectInTrack(boris, 'Городская среда', 'Умная парковка');
  await expectInTrack(boris, 'Городская среда', 'Мониторинг парковочных мест');
  const [first, second] = [(await card(anna, 'Умная парковка').boundingBox())!, (await card(anna, 'Мониторинг парковочных мест').boundingBox())!];
  expect(second.x).toBeGreaterThan(first.x + first.width - 1);
  expect(Math.abs(second.y - first.y)).toBeLessThan(2);

  // Dragged into another track: it belongs to that track now, on the canvas and in the list.
  const target = await centreOf(lane(anna, 'Инфраструктура и ЖКХ'));
  await drag(anna, await centreOf(card(anna, 'Умная парковка')), target);
  await expectInTrack(boris, 'Инфраструктура и ЖКХ', 'Умная парковка');
  await toList(boris);
  await expect(card(lane(boris, 'Инфраструктура и ЖКХ'), 'Умная парковка')).toBeVisible();

  // Dropped outside every track: the parking lot, in the list view too.
  const frames = await Promise.all(['Городская среда', 'Инфраструктура и ЖКХ'].map(async (title) => (await lane(anna, title).boundingBox())!));
  await drag(anna, await centreOf(card(anna, 'Мониторинг парковочных мест')), {
    x: frames[0]!.x + frames[0]!.width / 2,
    y: frames[0]!.y + frames[0]!.height + 60,
  });
  await expect(card(lane(boris, 'Парковка'), 'Мониторинг парковочных мест')).toBeVisible();
});

test('a marquee selects notes, they move together, and one undo brings both back', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  await quickAdd(anna, 'Базовый сектор экономики', 'Малотоннажный СПГ');
  await quickAdd(anna, 'Базовый сектор экономики', 'Химический кластер');
  await toCanvas(anna);
  const notes = [card(anna, 'Малотоннажный СПГ'), card(anna, 'Химический кластер')];
  const before = await Promise.all(notes.map(async (note) => (await note.boundingBox())!));
  const frame = (await lane(anna, 'Базовый сектор экономики').boundingBox())!;
  // From empty space above-left of both notes to below-right of both.
  await drag(anna, { x: before[0]!.x - 8, y: before[0]!.y - 8 }, { x: before[1]!.x + before[1]!.width + 8, y: before[1]!.y + before[1]!.height + 8 });
  for (const note of notes) await expect(note).toHaveAttribute('data-selected', '');
  const start = await centreOf(notes[0]!);
  await drag(anna, start, { x: start.x + 40, y: start.y + frame.height * 0.4 });
  const moved = await Promise.all(notes.map(async (note) => (await note.boundingBox())!));
  for (let i = 0; i < 2; i++) {
    expect(moved[i]!.y - before[i]!.y).toBeGreaterThan(20);
    expect(Math.abs(moved[i]!.y - before[i]!.y - (moved[0]!.y - before[0]!.y))).toBeLessThan(2);
  }
  await anna.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await notes[1]!.boundingBox())!.y)).toBe(Math.round(before[1]!.y));
  expect(Math.round((await notes[0]!.boundingBox())!.y)).toBe(Math.round(before[0]!.y));
});

test('the canvas zooms with keys, buttons and Ctrl+wheel, and pans with the wheel', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  await quickAdd(anna, 'Городская среда', 'Умный пешеходный переход');
  await toCanvas(anna);
  const fitted = await zoomLevel(anna).textContent();
  await anna.keyboard.press('0');
  await expect(zoomLevel(anna)).toHaveText('100%');
  await anna.keyboard.press('Minus');
  await expect(zoomLevel(anna)).toHaveText('75%');
  await anna.getByRole('button', { name: 'Приблизить' }).click();
  await expect(zoomLevel(anna)).toHaveText('100%');
  // Ctrl+wheel zooms around the cursor: the note under it stays under it.
  const note = card(anna, 'Умный пешеходный переход');
  const at = await centreOf(note);
  await anna.mouse.move(at.x, at.y);
  await anna.keyboard.down('Control');
  await anna.mouse.wheel(0, -200);
  await anna.keyboard.up('Control');
  await expect(zoomLevel(anna)).not.toHaveText('100%');
  const after = (await note.boundingBox())!;
  expect(at.x).toBeGreaterThan(after.x);
  expect(at.x).toBeLessThan(after.x + after.width);
  // The wheel alone pans.
  const x = (await note.boundingBox())!.x;
  await anna.mouse.wheel(300, 0);
  await expect.poll(async () => Math.round((await note.boundingBox())!.x)).toBe(Math.round(x - 300));
  // Shift+1 fits the whole board again.
  await anna.keyboard.press('Shift+Digit1');
  await expect(zoomLevel(anna)).toHaveText(fitted!);
});

test('someone else’s drag is seen while it happens, and two people moving one note end in one place', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис Иванов');
  await quickAdd(anna, 'Городская среда', 'Ветропарк');
  await toCanvas(anna);
  await toCanvas(boris);
  const borisNote = card(boris, 'Ветропарк');
  await expect(borisNote).toBeVisible();
  const before = (await borisNote.boundingBox())!;
  const from = await centreOf(card(anna, 'Ветропарк'));
  await anna.mouse.move(from.x, from.y);
  await anna.mouse.down();
  await anna.mouse.move(from.x + 150, from.y + 120, { steps: 10 });
  // Not dropped yet: Boris sees the note on its way, outlined in Anna's colour.
  await expect(borisNote).toHaveAttribute('data-dragged-by', 'Анна Петрова');
  await expect.poll(async () => (await borisNote.boundingBox())!.x - before.x).toBeGreaterThan(10);
  await anna.mouse.up();
  await expect(borisNote).not.toHaveAttribute('data-dragged-by', /.+/);

  // Both drag the same note at once to different places: both end with it in one place.
  const annaFrom = await centreOf(card(anna, 'Ветропарк'));
  const borisFrom = await centreOf(borisNote);
  await Promise.all([drag(anna, annaFrom, { x: annaFrom.x + 100, y: annaFrom.y }), drag(boris, borisFrom, { x: borisFrom.x, y: borisFrom.y + 100 })]);
  // The place in canvas coordinates (the note's transform), the same for both once synced.
  const place = (note: Locator) => note.evaluate((element) => (element as HTMLElement).style.transform);
  await expect.poll(async () => (await place(card(anna, 'Ветропарк'))) === (await place(borisNote))).toBe(true);
  const settled = await place(borisNote);
  expect(settled).not.toBe('');
});

test('a facilitator moves a track by its title bar and resizes it by its corner; editors cannot', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  await quickAdd(olga, 'Базовый сектор экономики', 'Бережливое производство в АПК');
  await toCanvas(olga);
  await toCanvas(anna);
  const economy = lane(olga, 'Базовый сектор экономики');
  const note = card(olga, 'Бережливое производство в АПК');
  // Resized by its corner handle.
  const handle = economy.locator('[data-resize]');
  const width = (await economy.boundingBox())!.width;
  const corner = await centreOf(handle);
  await drag(olga, corner, { x: corner.x + 120, y: corner.y });
  await expect.poll(async () => (await economy.boundingBox())!.width).toBeGreaterThan(width + 60);
  const [frame, noteBox] = [(await economy.boundingBox())!, (await note.boundingBox())!];
  const title = economy.locator('.lane-frame-title h2');
  const from = await centreOf(title);
  await drag(olga, from, { x: from.x, y: from.y + 150 });
  // The card comes along with its lane.
  await expect.poll(async () => Math.round((await economy.boundingBox())!.y - frame.y)).toBeGreaterThan(100);
  expect(Math.round((await note.boundingBox())!.y - noteBox.y)).toBe(Math.round((await economy.boundingBox())!.y - frame.y));
  // The editor sees the lane lower than its neighbour now.
  const annaEconomy = lane(anna, 'Базовый сектор экономики');
  const annaScience = lane(anna, 'Научно-технологическое развитие и точки роста');
  await expect.poll(async () => (await annaEconomy.boundingBox())!.y - (await annaScience.boundingBox())!.y).toBeGreaterThan(20);
  // An editor has no handle, no draggable title and no track menu.
  await expect(lane(anna, 'Базовый сектор экономики').locator('[data-resize]')).toHaveCount(0);
  await expect(lane(anna, 'Базовый сектор экономики').locator('[data-lane-handle]')).toHaveCount(0);
  await expect(anna.getByRole('button', { name: /Меню трека/ })).toHaveCount(0);
  await expect(anna.getByRole('button', { name: 'Добавить трек' })).toHaveCount(0);

  // The track's menu: rename, recolour, move, remove (undoably); a new track at the end.
  const menu = () => olga.getByRole('button', { name: 'Меню трека «Инфраструктура и ЖКХ»' });
  await menu().click();
  await olga.getByRole('menuitem', { name: 'Переименовать трек' }).click();
  const rename = olga.getByRole('textbox', { name: 'Переименовать трек' });
  await expect(rename).toBeFocused();
  await rename.fill('Инфраструктура');
  await rename.press('Enter');
  await expect(lane(anna, 'Инфраструктура')).toBeVisible();
  await olga.getByRole('button', { name: 'Меню трека «Инфраструктура»' }).click();
  // The colours open beside the menu; chosen from the keyboard here.
  await olga.getByRole('menuitem', { name: 'Цвет трека' }).press('ArrowRight');
  await olga.getByRole('menuitemradio', { name: 'Зелёный' }).focus();
  await olga.keyboard.press('Enter');
  await expect(lane(anna, 'Инфраструктура')).toHaveAttribute('style', /--color-green/);
  await olga.getByRole('button', { name: 'Меню трека «Инфраструктура»' }).click();
  await olga.getByRole('menuitem', { name: 'Сдвинуть трек влево' }).click();
  await expect.poll(async () => (await lane(anna, 'Инфраструктура').boundingBox())!.x < (await lane(anna, 'Городская среда').boundingBox())!.x).toBe(true);
  olga.once('dialog', (dialog) => dialog.accept());
  await olga.getByRole('button', { name: 'Меню трека «Инфраструктура»' }).click();
  await olga.getByRole('menuitem', { name: 'Удалить трек' }).click();
  await expect(lane(anna, 'Инфраструктура')).toHaveCount(0);
  await olga.keyboard.press('Control+z');
  await expect(lane(anna, 'Инфраструктура')).toBeVisible();
  await olga.getByRole('button', { name: 'Добавить трек' }).click();
  await expect(lane(anna, 'Новый трек')).toBeVisible();
});

test('keyboard on the canvas: new note with N, nudge with arrows, duplicate, delete and undo', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  await toCanvas(anna);
  await anna.keyboard.press('n');
  const draft = anna.getByRole('textbox', { name: 'Новый стикер' });
  await expect(draft).toBeFocused();
  await draft.pressSequentially('Система раннего предупреждения аварий');
  await draft.press('Enter');
  const note = card(anna, 'Система раннего предупреждения аварий');
  await expect(note).toHaveAttribute('data-selected', '');
  await anna.keyboard.press('0');
  const at = (await note.boundingBox())!;
  await anna.keyboard.press('Shift+ArrowRight');
  await anna.keyboard.press('ArrowDown');
  await expect.poll(async () => Math.round((await note.boundingBox())!.x - at.x)).toBe(10);
  expect(Math.round((await note.boundingBox())!.y - at.y)).toBe(1);
  await anna.keyboard.press('Control+d');
  await expect(card(anna, 'Система раннего предупреждения аварий')).toHaveCount(2);
  await anna.keyboard.press('Delete');
  await expect(card(anna, 'Система раннего предупреждения аварий')).toHaveCount(1);
  await anna.keyboard.press('Control+z');
  await expect(card(anna, 'Система раннего предупреждения аварий')).toHaveCount(2);
  // Tab reaches the notes, each with its name; Enter opens the editor.
  await card(anna, 'Система раннего предупреждения аварий').first().focus();
  await anna.keyboard.press('Enter');
  await expect(anna.getByRole('dialog')).toBeVisible();
});

/** Where a lane's frame sits on someone's screen, relative to their canvas. */
const frameOnScreen = async (page: Page, track: string) => {
  const canvas = (await page.locator('.canvas-viewport').boundingBox())!;
  const frame = (await lane(page, track).boundingBox())!;
  return { x: frame.x - canvas.x, y: frame.y - canvas.y, w: frame.width, h: frame.height, canvas };
};
const close = (a: number, b: number, within: number) => Math.abs(a - b) <= within;
/** A facilitator and an editor on a new board of the strategic-session template. */
const olgaAndAnna = async (browser: Browser, server: ServerHandle) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  return { board, olga, anna };
};

test('on the canvas, participants follow the facilitator’s camera until they step out; a breakout lands each member on their track', async ({
  browser,
  server,
}) => {
  const { olga, anna } = await olgaAndAnna(browser, server);
  await quickAdd(olga, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await toCanvas(olga);
  await toCanvas(anna);

  await olga.getByRole('button', { name: 'Все ко мне' }).click();
  await expect(anna.getByText('Вы следуете за: Ольга Модератор')).toBeVisible();
  // The facilitator zooms to a track: Anna's camera frames what Olga sees.
  await lane(olga, 'Инфраструктура и ЖКХ').getByRole('button', { name: 'Показать трек' }).click();
  const led = await frameOnScreen(olga, 'Инфраструктура и ЖКХ');
  await expect.poll(async () => close((await frameOnScreen(anna, 'Инфраструктура и ЖКХ')).x, led.x, 3)).toBe(true);
  const followed = await frameOnScreen(anna, 'Инфраструктура и ЖКХ');
  expect(close(followed.w, led.w, 3)).toBe(true);
  await expect(zoomLevel(anna)).toHaveText((await zoomLevel(olga).textContent())!);
  // A pan by the facilitator comes along once her camera rests.
  await olga.mouse.move(led.canvas.x + 400, led.canvas.y + 300);
  await olga.mouse.wheel(250, 0);
  await expect.poll(async () => (await frameOnScreen(olga, 'Инфраструктура и ЖКХ')).x).toBeLessThan(led.x - 200);
  const after = await frameOnScreen(olga, 'Инфраструктура и ЖКХ');
  await expect.poll(async () => close((await frameOnScreen(anna, 'Инфраструктура и ЖКХ')).x, after.x, 3)).toBe(true);

  // Stepped out, Anna keeps her own camera.
  await anna.getByRole('button', { name: 'Не следовать' }).click();
  const annaZoom = (await zoomLevel(anna).textContent())!;
  await olga.getByRole('button', { name: 'Приблизить' }).click();
  await expect(zoomLevel(olga)).not.toHaveText(annaZoom);
  await anna.waitForTimeout(600);
  await expect(zoomLevel(anna)).toHaveText(annaZoom);
  expect(close((await frameOnScreen(anna, 'Инфраструктура и ЖКХ')).x, after.x, 3)).toBe(true);
  await olga.getByRole('button', { name: 'Перестать вести' }).first().click();

  // Breakout: Anna's group works on «Городская среда», and her canvas lands there.
  await anna.keyboard.press('Shift+Digit1');
  await olga.getByText(/Рабочие группы/).click();
  await olga.getByRole('textbox', { name: 'Название группы' }).fill('Группа 1');
  await olga.getByRole('button', { name: 'Добавить группу' }).click();
  const group = olga.locator('[data-group="Группа 1"]');
  await group.getByRole('checkbox', { name: 'Городская среда' }).check();
  await group.getByRole('combobox', { name: 'Добавить участника в группу «Группа 1»' }).selectOption({ label: 'Анна' });
  const wholeBoard = await frameOnScreen(anna, 'Городская среда');
  await facilitatorMenu(olga, 'Разойтись по трекам');
  await expect.poll(async () => (await frameOnScreen(anna, 'Городская среда')).w).toBeGreaterThan(wholeBoard.w * 1.15);
  const landed = await frameOnScreen(anna, 'Городская среда');
  // Centred in her canvas, whole.
  expect(close(landed.x + landed.w / 2, landed.canvas.width / 2, 4)).toBe(true);
  expect(landed.w).toBeLessThanOrEqual(landed.canvas.width);
});

test('voting on the canvas: shortlisted notes take votes on the canvas, and the revealed totals, scores and comments show on them', async ({
  browser,
  server,
}) => {
  const { olga, anna } = await olgaAndAnna(browser, server);
  await quickAdd(anna, 'Городская среда', 'Умная парковка');
  await quickAdd(anna, 'Городская среда', 'Просто идея');
  await setCardStatus(olga, 'Умная парковка', 'shortlisted');
  // A comment, written in the card's editor.
  await card(anna, 'Умная парковка').click();
  const comment = anna.getByRole('dialog').getByRole('textbox', { name: 'Напишите комментарий' });
  await comment.fill('Начать с центра города');
  await comment.press('Enter');
  await anna.keyboard.press('Escape');
  await toCanvas(anna);
  await expect(card(anna, 'Умная парковка').getByRole('img', { name: 'Комментарии: 1' })).toBeVisible();

  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('voting');
  // Only the shortlisted note takes votes.
  await expect(anna.getByRole('button', { name: 'Отдать голос за «Просто идея»' })).toHaveCount(0);
  await anna.getByRole('button', { name: 'Отдать голос за «Умная парковка»' }).click();
  await expect(anna.getByText(/Осталось голосов: \d+ из \d+/)).toBeVisible();
  // Clicking the vote button neither selected nor moved the note.
  await expect(card(anna, 'Умная парковка')).not.toHaveAttribute('data-selected', '');
  await olga.getByRole('button', { name: 'Показать голоса' }).click();
  await expect(card(anna, 'Умная парковка')).toContainText('1 голос');
  await expect(card(anna, 'Просто идея')).not.toContainText(/\d+ голос/);
  // Search dims what does not match, where it is.
  await anna
    .getByRole('searchbox', { name: 'Поиск' })
    .or(anna.getByRole('textbox', { name: 'Поиск' }))
    .fill('парков');
  await expect(card(anna, 'Просто идея')).toHaveClass(/filtered-out/);
  await expect(card(anna, 'Умная парковка')).not.toHaveClass(/filtered-out/);
});

test('presenting on the canvas flies the camera from track to track, then shows the summary; followers fly along', async ({ browser, server }) => {
  const { olga, anna } = await olgaAndAnna(browser, server);
  await quickAdd(olga, 'Городская среда', 'Умная парковка');
  await setCardStatus(olga, 'Умная парковка', 'priority', 'Дептранс');
  await toCanvas(olga);
  await toCanvas(anna);
  const centred = async (page: Page, track: string) => {
    const frame = await frameOnScreen(page, track);
    return close(frame.x + frame.w / 2, frame.canvas.width / 2, 4);
  };
  const deck = (page: Page) => page.getByRole('region', { name: 'Презентация' });

  await olga.getByRole('button', { name: /Презентация$/ }).click();
  await expect(deck(olga)).toContainText('Слайд 1 из 5');
  // The slide is the track itself: its name over the canvas, the track in the middle of it.
  await expect(deck(olga).getByRole('heading', { level: 2 })).toHaveText('Научно-технологическое развитие и точки роста');
  await expect(olga.locator('.presentation .slide')).toHaveCount(0);
  for (const page of [olga, anna]) await expect.poll(() => centred(page, 'Научно-технологическое развитие и точки роста')).toBe(true);
  await olga.keyboard.press('PageDown');
  await olga.keyboard.press('PageDown');
  await expect(deck(anna).getByRole('heading', { level: 2 })).toHaveText('Городская среда');
  for (const page of [olga, anna]) await expect.poll(() => centred(page, 'Городская среда')).toBe(true);
  await expect(card(anna, 'Умная парковка')).toBeVisible();
  // After the tracks, the summary fills the screen.
  await olga.keyboard.press('End');
  await expect(deck(anna).locator('.slide-ranking')).toContainText('Умная парковка');
  await olga.keyboard.press('Escape');
  await expect(deck(olga)).toHaveCount(0);
  await expect(deck(anna)).toHaveCount(0);
});

test('private mode on the canvas: a note typed there stays a private note in its author’s browser, then is published where it was put', async ({
  browser,
  server,
}) => {
  const SECRET = 'Малотоннажный СПГ на промплощадке';
  const { board, olga, anna } = await olgaAndAnna(browser, server);
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис');
  await toCanvas(anna);
  await toCanvas(boris);
  await facilitatorMenu(olga, 'Собирать идеи скрытно');
  await expect(anna.getByText(/Скрытый режим/)).toBeVisible();

  const economy = (await lane(anna, 'Базовый сектор экономики').boundingBox())!;
  await anna.mouse.dblclick(economy.x + economy.width / 2, economy.y + economy.height * 0.5);
  const draft = anna.getByRole('textbox', { name: 'Новый стикер' });
  await draft.pressSequentially(SECRET);
  await draft.press('Enter');
  const note = anna.locator('.canvas [data-private-idea]');
  await expect(note).toContainText('Видно только вам');
  await expect(note.getByRole('textbox')).toHaveValue(SECRET);
  const put = (await note.boundingBox())!;
  // Inside the track where it was typed, nowhere else.
  expect(put.x).toBeGreaterThan(economy.x);
  expect(put.x + put.width).toBeLessThan(economy.x + economy.width);
  await expect(olga.getByText('Скрытых идей: 1, авторов: 1')).toBeVisible();
  await boris.waitForTimeout(500);
  await expect(card(boris, SECRET)).toHaveCount(0);

  await olga.getByRole('button', { name: 'Открыть идеи' }).click();
  await expectInTrack(boris, 'Базовый сектор экономики', SECRET);
  await expect(note).toHaveCount(0);
  // Where it was put in its track (the page moved: the private-mode banner is gone).
  const [published, frame] = [(await card(anna, SECRET).boundingBox())!, (await lane(anna, 'Базовый сектор экономики').boundingBox())!];
  expect(Math.abs(published.x - frame.x - (put.x - economy.x))).toBeLessThan(3);
  expect(Math.abs(published.y - frame.y - (put.y - economy.y))).toBeLessThan(3);
});

test('a desktop opens the board on the canvas under one slim bar; the facilitator’s controls are one row and a menu; tools name their keys', async ({
  browser,
  server,
}) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser, 'ru-RU', { view: 'default' }), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser, 'ru-RU', { view: 'default' }), board.links.editor, 'Анна Петрова');
  for (const page of [olga, anna]) {
    await expect(page.getByRole('application')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Холст' })).toHaveAttribute('aria-pressed', 'true');
    // The list is not rendered behind the canvas.
    await expect(page.locator('.lanes')).toHaveCount(0);
  }
  // Fitted once the board arrived: all four frames in view.
  for (const title of ['Научно-технологическое развитие и точки роста', 'Инфраструктура и ЖКХ']) await expect(lane(anna, title)).toBeInViewport();

  // The board starts high: a participant has the top bar and one row of view and filters above it.
  const canvasTop = async (page: Page) => (await page.getByRole('application').boundingBox())!.y;
  expect(await canvasTop(anna)).toBeLessThanOrEqual(130);
  // The facilitator has one more row, not two rows of buttons.
  expect(await canvasTop(olga)).toBeLessThanOrEqual(180);
  const panel = olga.getByRole('group', { name: 'Модератор' });
  const panelBox = (await panel.boundingBox())!;
  expect(panelBox.height).toBeLessThan(56);
  await expect(anna.getByRole('group', { name: 'Модератор' })).toHaveCount(0);

  // Everyone sees the phase and the timer in the top bar; only the facilitator steps the phase.
  await expect(anna.getByText('Этап: Идеи')).toBeVisible();
  await expect(anna.getByRole('timer')).toHaveText('10:00');
  await panel.getByRole('button', { name: 'Следующий этап: Шорт-лист' }).click();
  await expect(anna.getByText('Этап: Шорт-лист')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Следующий этап: Голосование' })).toBeVisible();

  // The rest is in the menu, with the current state in each item's name.
  await facilitatorMenu(olga, 'Собирать идеи скрытно');
  await expect(anna.getByText(/Скрытый режим/)).toBeVisible();
  await olga.getByRole('button', { name: 'Модератор', exact: true }).click();
  await expect(olga.getByRole('menuitem', { name: 'Открыть идеи' })).toBeVisible();
  await olga.keyboard.press('Escape');
  await expect(olga.getByRole('menu')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Открыть идеи' }).click();
  await expect(anna.getByText(/Скрытый режим/)).toHaveCount(0);
  // The groups panel drops from the right end of its row and stays on the screen.
  await olga.getByText(/Рабочие группы/).click();
  await expect(olga.getByRole('button', { name: 'Добавить группу' })).toBeInViewport({ ratio: 1 });
  expect(await olga.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
  await olga.keyboard.press('Escape');

  // Tools and zoom controls say what they do and which key does it, on hover and on focus.
  await anna.getByRole('button', { name: 'Стикер' }).hover();
  await expect(anna.getByRole('tooltip')).toHaveText(/Стикер\s*N/);
  await anna.mouse.move(700, 500);
  await expect(anna.getByRole('tooltip')).toHaveCount(0);
  await anna.getByRole('button', { name: 'Приблизить' }).focus();
  await expect(anna.getByRole('tooltip')).toHaveText(/Приблизить\s*\+/);
});

test('a phone gets the list, its bar in two short lines, whatever the desktop chose', async ({ browser, server }) => {
  const board = await server.createBoard();
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 800 }, hasTouch: true });
  await context.addInitScript(() => localStorage.setItem('stratboard.view', 'canvas'));
  const anna = await join(context, board.links.editor, 'Анна Петрова');
  await expect(anna.getByRole('application')).toHaveCount(0);
  await expect(anna.getByRole('group', { name: 'Вид доски' })).toHaveCount(0);
  await expect(anna.getByRole('combobox', { name: 'Трек' })).toBeVisible();
  expect((await anna.locator('.board-header').boundingBox())!.height).toBeLessThanOrEqual(110);
});

test('Tab walks every note on the canvas in reading order, off screen too, and Enter opens the focused one', async ({ browser, server }) => {
  const board = await server.createBoard();
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  await quickAdd(anna, 'Научно-технологическое развитие и точки роста', 'Центр аддитивных технологий');
  await quickAdd(anna, 'Научно-технологическое развитие и точки роста', 'ИИ-система раннего предупреждения');
  await quickAdd(anna, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await toCanvas(anna);
  // Zoomed in on the first note: the last track's note is far off screen, not in the DOM.
  await card(anna, 'Центр аддитивных технологий').click();
  await anna.keyboard.press('Shift+2');
  for (let i = 0; i < 3; i++) await anna.keyboard.press('+');
  await card(anna, 'Центр аддитивных технологий').focus();
  await expect(card(anna, 'Ветропарк')).toHaveCount(0);
  await anna.keyboard.press('Tab');
  await expect(card(anna, 'ИИ-система раннего предупреждения')).toBeFocused();
  await anna.keyboard.press('Tab');
  await expect(card(anna, 'Ветропарк')).toBeFocused();
  await expect(card(anna, 'Ветропарк')).toBeInViewport();
  await anna.keyboard.press('Shift+Tab');
  await expect(card(anna, 'ИИ-система раннего предупреждения')).toBeFocused();
  await anna.keyboard.press('Enter');
  await expect(anna.getByRole('dialog')).toBeVisible();
});

test('far out on a big board, notes are painted blocks: a click selects one, others’ drags move theirs, zooming in brings notes back', async ({
  browser,
  server,
}) => {
  const board = await createTestBoard(server.url, { title: 'Калуга 2030: точки роста', place: 'Калуга' });
  const writer = openProvider(`${server.url.replace(/^http/, 'ws')}/ws`, board.id, board.token('facilitator'));
  await synced(writer.provider);
  const lanes = listLanes(writer.doc);
  const TITLES = ['Умная парковка', 'Ветропарк', 'Центр аддитивных технологий', 'Малотоннажный СПГ', 'Цифровое ЖКХ'];
  writer.doc.transact(() => {
    for (let i = 0; i < 400; i++) addCard(writer.doc, { laneId: lanes[i % lanes.length]!.id, title: `${TITLES[i % TITLES.length]} №${i}`, author: 'Вера' });
  });
  const first = listCards(writer.doc).find((candidate) => candidate.title === 'Умная парковка №0')!;
  const anna = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.editor, 'Анна Петрова');
  const blocks = anna.locator('.card-blocks');
  // Fitted whole (about 10 %): every card painted, none of them in the DOM.
  await expect(blocks).toHaveAttribute('data-painted', '400');
  await expect(anna.locator('[data-canvas-card]')).toHaveCount(0);

  /** Where a canvas point is on the page, and whether the blocks' canvas has paint there. */
  const onPage = async (point: { x: number; y: number }) => {
    const { x, y, k } = await anna.evaluate(() => {
      const match = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(document.querySelector<HTMLElement>('.canvas-layer')!.style.transform)!;
      return { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
    });
    const box = (await anna.locator('.canvas-viewport').boundingBox())!;
    return { x: box.x + x + point.x * k, y: box.y + y + point.y * k, local: { x: x + point.x * k, y: y + point.y * k } };
  };
  const painted = (local: { x: number; y: number }) =>
    anna.evaluate(({ x, y }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.card-blocks')!;
      const ratio = canvas.width / canvas.clientWidth;
      return canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3]! > 0;
    }, local);
  const rect = cardRect(first, laneFrames(writer.doc));
  const centre = await onPage({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 });
  await expect.poll(() => painted(centre.local)).toBe(true);
  // Beside the lanes there is nothing painted.
  const outside = await onPage({ x: rect.x - 60, y: rect.y });
  expect(await painted(outside.local)).toBe(false);

  // A click on a block selects its card, which becomes a note again (to drag, type, focus).
  await anna.mouse.click(centre.x, centre.y);
  await expect(card(anna, 'Умная парковка №0')).toHaveAttribute('data-selected', '');
  await expect(blocks).toHaveAttribute('data-painted', '399');
  // Its outline is 2 screen pixels however far out (2 canvas units would be a fifth of a pixel here).
  const ring = await card(anna, 'Умная парковка №0').evaluate((note) => {
    const k = Number(/scale\(([-\d.]+)\)/.exec(document.querySelector<HTMLElement>('.canvas-layer')!.style.transform)![1]);
    return Number.parseFloat(getComputedStyle(note).outlineWidth) * k;
  });
  expect(ring).toBeCloseTo(2, 0);
  await anna.keyboard.press('Escape');

  // Someone else drags a card: its block moves while they drag.
  const second = listCards(writer.doc).find((candidate) => candidate.title === 'Ветропарк №1')!;
  const secondRect = cardRect(second, laneFrames(writer.doc));
  // To the gap between the first two tracks, where nothing is painted yet.
  const dx = lanes[1]!.frame.x - CANVAS.laneGap / 2 - (secondRect.x + secondRect.w / 2);
  const moved = await onPage({ x: secondRect.x + secondRect.w / 2 + dx, y: secondRect.y + secondRect.h / 2 });
  expect(await painted(moved.local)).toBe(false);
  writer.provider.awareness.setLocalState({
    user: { name: 'Вера', color: '#e03131', role: 'facilitator' },
    cursor: null,
    editing: null,
    drag: { ids: [second.id], dx, dy: 0 },
  });
  await expect(blocks).toHaveAttribute('data-remote-drags', '1');
  await expect.poll(() => painted(moved.local)).toBe(true);

  // 100 %: notes (brought in a batch at a time, nearest first), and no painted blocks once they are in.
  await anna.keyboard.press('0');
  await expect(anna.locator('[data-canvas-card]').first()).toBeVisible();
  await expect(blocks).toBeHidden();
  writer.provider.destroy();
});

test('on a tablet, two fingers pinch the canvas to zoom and one finger on empty space pans it', async ({ browser, server }) => {
  const board = await server.createBoard();
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await join(context, board.links.editor, 'Анна Петрова');
  await expect(page.getByRole('application')).toBeVisible();
  await page.keyboard.press('0');
  await expect(zoomLevel(page)).toHaveText('100%');
  // The gesture library loads on touch screens once the canvas is up.
  await expect(page.locator('.canvas-viewport')).toHaveAttribute('data-pinch', 'ready');
  const box = (await page.locator('.canvas-viewport').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<{ x: number; y: number }>) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((point, id) => ({ ...point, id })) });
  // Fingers 100 px apart move to 300 px apart: about three times as close.
  await touch('touchStart', [
    { x: centre.x - 50, y: centre.y },
    { x: centre.x + 50, y: centre.y },
  ]);
  for (let step = 1; step <= 10; step++) {
    const half = 50 + step * 10;
    await touch('touchMove', [
      { x: centre.x - half, y: centre.y },
      { x: centre.x + half, y: centre.y },
    ]);
  }
  await touch('touchEnd', []);
  await expect.poll(async () => Number.parseInt((await zoomLevel(page).textContent()) ?? '0', 10)).toBeGreaterThan(200);

  // One finger on empty space (clear of the tool rail, minimap and zoom controls) drags the canvas along.
  const frame = lane(page, 'Городская среда');
  const before = (await frame.boundingBox())!;
  const start = { x: box.x + box.width * 0.5, y: box.y + box.height * 0.4 };
  await touch('touchStart', [start]);
  for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x: start.x + step * 20, y: start.y }]);
  await touch('touchEnd', []);
  await expect.poll(async () => Math.round((await frame.boundingBox())!.x - before.x)).toBeGreaterThan(100);
  await context.close();
});
