import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { expect, join, newPerson, quickAdd, setCardStatus, test } from './fixtures';

/** Text of every page of a PDF, read with pdf.js. */
async function pdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

test('the report for officials: DOCX, CSV, JSON downloads and a PDF print, with the ranked initiatives, votes and scores', async ({ browser, server }) => {
  const board = await server.createBoard();
  const olga = await join(await newPerson(browser), board.links.facilitator, 'Ольга Модератор');
  const anna = await join(await newPerson(browser), board.links.editor, 'Анна');
  const expert = await join(await newPerson(browser), board.links.expert, 'Эксперт Иванов');
  await quickAdd(olga, 'Инфраструктура и ЖКХ', 'Ветропарк');
  await quickAdd(olga, 'Городская среда', 'Умная парковка');
  await setCardStatus(olga, 'Ветропарк', 'priority', 'Энергокомпания');
  await setCardStatus(olga, 'Умная парковка', 'priority', 'Дептранс');

  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('voting');
  await anna.getByRole('button', { name: 'Отдать голос за «Умная парковка»' }).click();
  await expect(anna.getByText(/Осталось голосов: 4/)).toBeVisible();
  await olga.getByRole('button', { name: 'Показать голоса' }).click();
  await olga.getByRole('combobox', { name: 'Этап' }).selectOption('scoring');
  for (const [title, effect] of [
    ['Ветропарк', 5],
    ['Умная парковка', 2],
  ] as const) {
    // The expert is on the scoring sheet: pick the initiative, mark it.
    const sheet = expert.getByRole('region', { name: 'Лист оценки' });
    await sheet.getByRole('button', { name: new RegExp(`^\\d\\. ${title} —`) }).click();
    await expect(sheet.getByRole('heading', { name: title })).toBeVisible();
    await sheet.getByRole('radio', { name: `Эффект для территории: ${effect}`, exact: true }).check();
    await sheet.getByRole('radio', { name: 'Реализуемость: 4', exact: true }).check();
  }
  await expect(expert.getByText('Оценки сохранены')).toBeVisible();
  await olga.getByRole('button', { name: 'Показать оценки' }).click();
  await expect(olga.locator('.results .ranking').first().getByRole('listitem')).toHaveCount(2);

  // Any participant can take the report: here, an editor.
  const openMenu = async () => {
    if (!(await anna.locator('.export-options').isVisible())) await anna.getByText('Отчёт', { exact: true }).click();
  };
  const download = async (format: string) => {
    await openMenu();
    const [file] = await Promise.all([anna.waitForEvent('download'), anna.locator(`.export-options [data-format="${format}"]`).click()]);
    return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
  };
  const docx = await download('docx');
  expect(docx.name).toBe('Калуга-2030-точки-роста.docx');
  const text = (await mammoth.extractRawText({ buffer: docx.data })).value;
  expect(text).toContain('Калуга 2030: точки роста');
  expect(text.indexOf('Ветропарк')).toBeGreaterThan(-1);
  // Ranked: the wind farm ((3·5 + 2·4)/5 = 4.6) before smart parking ((3·2 + 2·4)/5 = 2.8).
  const overall = text.slice(text.indexOf('Общий рейтинг инициатив'));
  expect(overall.indexOf('Ветропарк')).toBeGreaterThan(-1);
  expect(overall.indexOf('Ветропарк')).toBeLessThan(overall.indexOf('Умная парковка'));
  expect(overall).toMatch(/\b4,6(?!\d)/);
  expect(overall).toMatch(/\b2,8(?!\d)/);
  expect(text).toContain('Энергокомпания');
  expect(text).toMatch(/Голос/);

  const csv = (await download('csv')).data.toString('utf8');
  const parking = csv.split('\n').find((line) => line.includes('Умная парковка'))!;
  expect(parking).toContain('Городская среда');
  expect(parking).toContain('1');

  const json = JSON.parse((await download('json')).data.toString('utf8')) as { board: { cards: Array<{ title: string }> } };
  expect(json.board.cards.map((c) => c.title).sort()).toEqual(['Ветропарк', 'Умная парковка']);

  // PDF: the printable report opens in a new window; Chromium prints it to PDF.
  await openMenu();
  const [printable] = await Promise.all([anna.context().waitForEvent('page'), anna.locator('.export-options [data-format="html"]').click()]);
  await printable.waitForLoadState('load');
  await expect(printable.locator('svg').first()).toBeVisible();
  const pdf = await pdfText(await printable.pdf({ format: 'A4' }));
  expect(pdf).toContain('Калуга 2030: точки роста');
  expect(pdf).toContain('Ветропарк');
  expect(pdf).toContain('Умная парковка');
  const pdfOverall = pdf.slice(pdf.indexOf('Общий рейтинг инициатив'));
  expect(pdfOverall.indexOf('Ветропарк')).toBeLessThan(pdfOverall.indexOf('Умная парковка'));
});
