import { card, expect, join, newPerson, quickAdd, test } from './fixtures';

// Intl writes Russian thousands with no-break spaces; the expectations are written plainly.
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

test('amounts read the board’s way everywhere: typed «450 000 000», shown «450 млн ₽», people «25 чел.»', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга');
  // An English screen on a Russian board: the words are English, the numbers the board's.
  const john = await join(await newPerson(browser, 'en-US', { view: 'canvas' }), board.links.editor, 'John');

  await quickAdd(olga, 'Городская среда', 'Умная парковка');
  await card(olga, 'Умная парковка').click();
  const dialog = olga.getByRole('dialog');
  await dialog.getByLabel('Тип').selectOption('initiative');
  await dialog.getByRole('button', { name: '+ Добавить ресурс' }).click();
  const money = dialog.locator('[data-resource-kind="money"]');
  await money.getByLabel('Количество').fill('450000000');
  await money.getByLabel('Количество').press('Tab');
  await expect(money.getByLabel('Количество')).toHaveValue(nbsp('450 000 000'));
  await expect(money.locator('output')).toHaveText(nbsp('450 млн ₽'));
  // What the field shows can be typed back, and a word that is not a number changes nothing.
  await money.getByLabel('Количество').fill('1 250 000,5');
  await money.getByLabel('Количество').press('Tab');
  await expect(money.locator('output')).toHaveText(nbsp('1,3 млн ₽'));
  await money.getByLabel('Количество').fill('много');
  await money.getByLabel('Количество').press('Tab');
  await expect(money.getByLabel('Количество')).toHaveValue(nbsp('1 250 000,5'));
  await money.getByLabel('Количество').fill('450 000 000');
  await money.getByLabel('Количество').press('Tab');

  // A line turned into people loses its currency: «25 чел.», never «25 RUB».
  await dialog.getByRole('button', { name: '+ Добавить ресурс' }).click();
  const second = dialog.locator('li[data-resource-kind]').nth(1);
  await second.getByLabel('Необходимые ресурсы').selectOption('people');
  const people = dialog.locator('[data-resource-kind="people"]');
  await expect(people.getByLabel('Валюта')).toHaveCount(0);
  await people.getByLabel('Количество').fill('25');
  await people.getByLabel('Количество').press('Tab');
  await expect(people.locator('output')).toHaveText('25 чел.');
  await olga.keyboard.press('Escape');

  await expect(card(john, 'Умная парковка').locator('.money')).toHaveText(nbsp('450 млн ₽'));
});
