import { expect, join, newPerson, test } from './fixtures';

test('Russian for a Russian browser, English for an English one, switchable', async ({ browser, server }) => {
  const ru = await (await newPerson(browser, 'ru-RU')).newPage();
  await ru.goto(server.url);
  await expect(ru.getByRole('heading', { name: 'Новая стратегическая сессия' })).toBeVisible();
  await expect(ru.locator('html')).toHaveAttribute('lang', 'ru');
  await ru.getByRole('combobox', { name: 'Язык', exact: true }).selectOption('en');
  await expect(ru.getByRole('heading', { name: 'New strategic session' })).toBeVisible();
  await expect(ru.locator('html')).toHaveAttribute('lang', 'en');
  await ru.reload();
  await expect(ru.getByRole('heading', { name: 'New strategic session' })).toBeVisible();

  const en = await (await newPerson(browser, 'en-US')).newPage();
  await en.goto(server.url);
  await expect(en.getByRole('heading', { name: 'New strategic session' })).toBeVisible();
});

test('creating a board shows the links with QR codes (the facilitator’s only when asked), a projector screen with the editor QR alone, and the board speaks the chosen language', async ({
  browser,
  server,
}) => {
  const context = await newPerson(browser, 'en-US');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByLabel('Session title').fill('Kaluga 2030');
  await page.getByLabel('City or region').fill('Kaluga');
  await page.getByRole('button', { name: 'Create board' }).click();
  for (const role of ['Editor', 'Expert', 'Viewer']) {
    await expect(page.getByRole('img', { name: `QR code for the ${role} link` })).toBeVisible();
  }
  // Projecting this page must not hand the room the facilitator's role: that link waits behind a click.
  await expect(page.getByRole('img', { name: 'QR code for the Facilitator link' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Facilitator', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the facilitator link' }).click();
  await expect(page.getByRole('img', { name: 'QR code for the Facilitator link' })).toBeVisible();
  // The projector screen: one QR code, the editor's, at least 400 px, nothing else to scan.
  await page.getByRole('button', { name: 'Show on the projector' }).click();
  const screen = page.getByRole('dialog', { name: 'Kaluga 2030' });
  await expect(screen.locator('.qr')).toHaveCount(1);
  await expect(screen.getByRole('img', { name: 'QR code for the Editor link' })).toBeVisible();
  const box = await screen.getByRole('img', { name: 'QR code for the Editor link' }).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(400);
  expect(box!.height).toBeGreaterThanOrEqual(400);
  await page.keyboard.press('Escape');
  await expect(screen).toBeHidden();
  await page.getByRole('button', { name: 'Copy: Editor' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/b\/[A-Za-z0-9]+#k=/);
  const editorPage = await join(context, copied, 'Anna');
  await expect(editorPage.getByRole('region', { name: 'Science & technology, growth points' })).toBeVisible();
  await expect(editorPage.getByText('Online')).toBeVisible();
});
