import { card, expect, join, newPerson, quickAdd, test } from './fixtures';

test('the facilitator runs phases, a shared timer and the lock; participants follow', async ({ browser, server }) => {
  const board = await server.createBoard();
  const facilitator = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');

  // Only the facilitator has controls.
  await expect(anna.getByRole('button', { name: /Запустить таймер|Заблокировать доску/ })).toHaveCount(0);
  await expect(anna.getByText('Этап: Идеи')).toBeVisible();

  await facilitator.getByRole('combobox', { name: 'Этап' }).selectOption('shortlist');
  await expect(anna.getByText('Этап: Шорт-лист')).toBeVisible();

  // A five-minute countdown, the same on both screens, set from the timer chip's popover.
  await expect(anna.getByRole('button', { name: 'Настроить таймер' })).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Настроить таймер' }).click();
  await facilitator.getByRole('spinbutton', { name: 'Минут' }).fill('5');
  await facilitator.getByRole('button', { name: 'Сбросить таймер' }).click();
  await expect(anna.getByRole('timer')).toHaveText('5:00');
  await facilitator.getByRole('button', { name: 'Запустить таймер', exact: true }).click();
  await expect(anna.getByRole('timer')).toHaveText(/^4:5\d$/);
  const [a, f] = [await anna.getByRole('timer').textContent(), await facilitator.getByRole('timer').textContent()];
  expect(Math.abs(Number(a!.split(':')[1]) - Number(f!.split(':')[1]))).toBeLessThanOrEqual(1);
  await facilitator.getByRole('button', { name: /Пауза/ }).click();
  // The chip's button closed the popover, as a click outside it does.
  await facilitator.getByRole('button', { name: 'Настроить таймер' }).click();
  await facilitator.getByRole('button', { name: 'Добавить минуту' }).click();
  await expect(anna.getByRole('timer')).toHaveText(/^5:5\d$/);
  await expect(anna.getByRole('timer')).toHaveAttribute('data-running', 'false');
  // A preset sets and starts the timer in one click.
  await facilitator.getByRole('button', { name: 'Запустить таймер на 3 мин' }).click();
  await expect(anna.getByRole('timer')).toHaveText(/^(3:00|2:5\d)$/);
  await expect(anna.getByRole('timer')).toHaveAttribute('data-running', 'true');
  await facilitator.keyboard.press('Escape');
  await facilitator.getByRole('button', { name: /Пауза/ }).click();

  // The lock freezes participants, not the facilitator.
  await facilitator.getByRole('button', { name: /Заблокировать доску/ }).click();
  await expect(anna.getByText('Модератор заблокировал доску')).toBeVisible();
  await expect(anna.getByRole('textbox', { name: /Добавить идею/ })).toHaveCount(0);
  await quickAdd(facilitator, 'Городская среда', 'Добавлено модератором');
  await expect(card(anna, 'Добавлено модератором')).toBeVisible();
  await facilitator.getByRole('button', { name: /Разблокировать доску/ }).click();
  await quickAdd(anna, 'Городская среда', 'Снова можно');
  await expect(card(facilitator, 'Снова можно')).toBeVisible();

  // Closing the session ends editing for participants.
  await facilitator.getByRole('combobox', { name: 'Этап' }).selectOption('closed');
  await expect(anna.getByText('Сессия завершена')).toBeVisible();
  await expect(anna.getByRole('textbox', { name: /Добавить идею/ })).toHaveCount(0);
});

test('the countdown reaches zero for everyone at once', async ({ browser, server }) => {
  const board = await server.createBoard();
  // Fake clocks in both browsers, so a minute passes in an instant. Installed before the pages
  // open: each page measures its offset to the server's clock with a few requests as it opens,
  // and a clock swapped between a request and its answer would skew that offset.
  const [facilitatorContext, viewerContext] = [await newPerson(browser), await newPerson(browser)];
  await Promise.all([facilitatorContext.clock.install(), viewerContext.clock.install()]);
  const f = await join(facilitatorContext, board.links.facilitator, 'Ольга');
  const v = await join(viewerContext, board.links.viewer, 'Зритель');
  await f.getByRole('button', { name: 'Настроить таймер' }).click();
  await f.getByRole('spinbutton', { name: 'Минут' }).fill('1');
  await f.getByRole('button', { name: 'Сбросить таймер' }).click();
  await f.getByRole('button', { name: 'Запустить таймер', exact: true }).click();
  await expect(v.getByRole('timer')).toHaveAttribute('data-running', 'true');
  await expect(v.getByRole('timer')).not.toHaveAttribute('data-done', 'true');
  await Promise.all([f.clock.fastForward('01:05'), v.clock.fastForward('01:05')]);
  for (const page of [f, v]) {
    await expect(page.getByRole('timer')).toHaveText('Время вышло');
    await expect(page.getByRole('timer')).toHaveAttribute('data-done', 'true');
  }
});
