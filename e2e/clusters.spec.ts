import type { Locator, Page } from '@playwright/test';
import { setPhase } from '../shared/board';
import { card, expect, join, newPerson, test } from './fixtures';
import { seededBoard } from './seededBoard';

// Seeded over the four tracks in turn: the first and the fifth land in one track.
const IDEAS = ['Умная парковка', 'Ветропарк', 'Центр аддитивных технологий', 'Малотоннажный СПГ', 'Умные парковки в центре', 'Мониторинг парковочных мест'];

const centreOf = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const cluster = (page: Page, name: RegExp) => page.getByRole('region', { name });

test('notes grouped into a titled cluster move as one, tidy up, and others see it live; ungrouping leaves the notes', async ({ browser, server }) => {
  const { board, close } = await seededBoard(server, IDEAS);
  const anna = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.editor, 'Анна Петрова');
  const boris = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.editor, 'Борис Иванов');

  await card(anna, 'Умная парковка').click();
  await card(anna, 'Умные парковки в центре').click({ modifiers: ['Shift'] });
  await anna.getByRole('toolbar', { name: 'Выбрано: 2' }).getByRole('button', { name: 'Сгруппировать' }).click();
  const title = anna.getByRole('textbox', { name: 'Название группы' });
  await expect(title).toBeFocused();
  await title.fill('Парковки');
  await title.press('Enter');
  await expect(cluster(boris, /^Группа «Парковки»: 2 стикера$/)).toBeVisible();

  // Dragged by its title bar, the cluster takes its notes along, for both people.
  const before = await Promise.all(['Умная парковка', 'Умные парковки в центре'].map(async (t) => (await card(boris, t).boundingBox())!));
  const handle = anna.locator('[data-cluster-handle]');
  const from = await handle.boundingBox();
  await anna.mouse.move(from!.x + 8, from!.y + from!.height / 2);
  await anna.mouse.down();
  await anna.mouse.move(from!.x + 8 + 150, from!.y + from!.height / 2 + 120, { steps: 10 });
  await anna.mouse.up();
  await expect
    .poll(async () => {
      const after = await Promise.all(['Умная парковка', 'Умные парковки в центре'].map(async (t) => (await card(boris, t).boundingBox())!));
      return after.map((box, i) => Math.round(box.y - before[i]!.y) > 20 && Math.round(box.x - before[i]!.x) > 20);
    })
    .toEqual([true, true]);
  // One undo takes the whole move back.
  await anna.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await card(boris, 'Умная парковка').boundingBox())!.x - before[0]!.x)).toBe(0);

  // A third note joins by grouping again; tidy lays them out in a grid inside the frame.
  await card(anna, 'Умная парковка').click();
  await card(anna, 'Умные парковки в центре').click({ modifiers: ['Shift'] });
  await card(anna, 'Ветропарк').click({ modifiers: ['Shift'] });
  await anna.keyboard.press('Control+g');
  await expect(cluster(anna, /: 3 стикера$/)).toBeVisible();
  await expect(cluster(anna, /Парковки/)).toHaveCount(0);
  await anna.getByRole('button', { name: 'Упорядочить' }).click();
  // Two columns, two rows: the frame is the grid and its padding, every note inside it.
  await expect
    .poll(async () => {
      const frame = (await cluster(boris, /: 3 стикера$/).boundingBox())!;
      const boxes = await Promise.all(['Умная парковка', 'Умные парковки в центре', 'Ветропарк'].map(async (t) => (await card(boris, t).boundingBox())!));
      const inside = boxes.every(
        (box) => box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width + 1 && box.y + box.height <= frame.y + frame.height + 1,
      );
      const columns = new Set(boxes.map((box) => Math.round(box.x))).size;
      const rows = new Set(boxes.map((box) => Math.round(box.y))).size;
      return { inside, columns, rows };
    })
    .toEqual({ inside: true, columns: 2, rows: 2 });
  // In the list, each card says which cluster it is in.
  await boris.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Список' }).click();
  await expect(card(boris, 'Ветропарк').locator('.cluster-chip')).toHaveText('Группа без названия');
  await boris.getByRole('group', { name: 'Вид доски' }).getByRole('button', { name: 'Холст' }).click();

  await anna.getByRole('button', { name: 'Разгруппировать' }).first().click();
  await expect(boris.locator('[data-cluster]')).toHaveCount(0);
  await expect(card(boris, 'Ветропарк')).toBeVisible();

  // Aligning lives in the toolbar's «Выровнять» menu, so the toolbar keeps one row.
  const toolbar = anna.getByRole('toolbar', { name: 'Выбрано: 3' });
  expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
  await toolbar.getByText('Выровнять').click();
  await toolbar.getByRole('button', { name: 'Выровнять по верху' }).click();
  await expect
    .poll(
      async () =>
        new Set(
          await Promise.all(['Умная парковка', 'Умные парковки в центре', 'Ветропарк'].map(async (t) => Math.round((await card(boris, t).boundingBox())!.y))),
        ).size,
    )
    .toBe(1);
  close();
});

test('the facilitator is shown likely duplicates, and merges two that carry votes: one card, every author and comment kept, no vote lost or doubled', async ({
  browser,
  server,
}) => {
  const { board, session, close } = await seededBoard(server, IDEAS, { status: 'shortlisted', phase: 'shortlist', authors: ['Вера', 'Олег', 'Ирина'] });
  const olga = await join(await newPerson(browser, 'ru-RU', { view: 'canvas' }), board.links.facilitator, 'Ольга Смирнова');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна Петрова');
  const boris = await join(await newPerson(browser), board.links.editor, 'Борис Иванов');

  // While the shortlist is drawn up, the suggestion names the pair in one track, not the lone
  // parking-space card in another.
  const suggestions = olga.locator('.duplicate-suggestions');
  await suggestions.getByText('Похожие 1').click();
  const pair = suggestions.locator('[data-pair]');
  await expect(pair).toContainText('Умная парковка ≈ Умные парковки в центре');
  await expect(pair).toContainText('Сходство 80 %');
  await olga.keyboard.press('Escape');

  // Voting opens before anyone merged them. Anna votes for both parking cards, Boris for the second.
  setPhase(session, 'voting');
  await anna.getByRole('button', { name: 'Отдать голос за «Умная парковка»' }).click();
  await anna.getByRole('button', { name: 'Отдать голос за «Умные парковки в центре»' }).click();
  await expect(anna.getByText('Осталось голосов: 3 из 5')).toBeVisible();
  await boris.getByRole('button', { name: 'Отдать голос за «Умные парковки в центре»' }).click();
  await expect(boris.getByText('Осталось голосов: 4 из 5')).toBeVisible();
  // Boris comments on the card that will be merged away.
  await card(boris, 'Умные парковки в центре').click();
  const comment = boris.getByRole('textbox', { name: 'Напишите комментарий' });
  await comment.fill('Начать с Театральной площади');
  await comment.press('Enter');
  await expect(boris.getByRole('dialog').getByText('Начать с Театральной площади')).toBeVisible();
  await boris.keyboard.press('Escape');

  // The facilitator merges the two on the canvas: select both, «Объединить», confirm.
  await card(olga, 'Умные парковки в центре').click();
  await card(olga, 'Умная парковка').click({ modifiers: ['Shift'] });
  olga.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Объединить 2 карточки в «Умная парковка»?');
    void dialog.accept();
  });
  await olga.getByRole('toolbar', { name: 'Выбрано: 2' }).getByRole('button', { name: 'Объединить' }).click();
  await expect(olga.getByRole('status').filter({ hasText: 'Объединено: 2 карточки' })).toBeVisible();
  await expect(card(olga, 'Умная парковка')).toHaveAttribute('data-selected', '');

  for (const page of [olga, anna, boris]) await expect(card(page, 'Умные парковки в центре')).toHaveCount(0);
  // Every dot stays placed: Anna still has two out, Boris one.
  await anna.reload();
  await expect(anna.getByText('Осталось голосов: 3 из 5')).toBeVisible();
  await olga.getByRole('button', { name: 'Показать голоса' }).click();
  await expect(card(anna, 'Умная парковка')).toContainText('3 голоса');

  // The card keeps the other's text, its author and its comment.
  await card(anna, 'Умная парковка').click();
  const editor = anna.getByRole('dialog');
  // «Умные парковки в центре» is the fifth idea: Олег wrote it.
  await expect(editor.locator('[data-coauthors]')).toHaveText('Соавторы: Олег');
  await expect(editor.getByRole('textbox', { name: 'Описание' })).toHaveValue('Умные парковки в центре (Олег)');
  await expect(editor.getByText('Начать с Театральной площади')).toBeVisible();
  close();
});
