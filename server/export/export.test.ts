import { SPREAD } from '../../shared/format';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { REPORT_STRINGS } from './reportStrings';
import { contentDisposition, REPORT_FORMATS, renderReport, reportFilename } from './renderReport';
import { parseCsv } from './test/parseCsv';
import { emptyBoard, englishBoard, sampleBoard } from './test/sampleBoard';

const generatedAt = new Date(Date.UTC(2026, 10, 21, 12, 0));

describe('report export', () => {
  it('JSON round-trips the whole board', async () => {
    const board = sampleBoard();
    const { body, contentType, filename } = await renderReport(board, 'json', { generatedAt });
    const parsed = JSON.parse(body as string);
    expect(parsed).toMatchObject({ format: 'stratboard-board', version: 2, exportedAt: generatedAt.toISOString() });
    expect(parsed.board).toEqual(board);
    expect(contentType).toContain('application/json');
    expect(filename).toBe('Стратегическая-сессия-Калуга-2030.json');
  });

  it('Markdown lists every track and card, priority first, with user text escaped', async () => {
    const board = sampleBoard();
    board.cards[3]!.title = '# не заголовок | и не таблица';
    const md = (await renderReport(board, 'md', { generatedAt })).body as string;
    for (const lane of board.lanes) expect(md).toContain(`## ${lane.title.replace(/\|/g, '\\|')}`);
    expect(md).toContain('### 1. Центр аддитивных технологий');
    expect(md).toContain('450 млн ₽'.replace(/ /g, '\u00a0'));
    expect(md).toContain('- [x] Бизнес-план — 1 марта 2027 г.');
    expect(md).toContain('\\# не заголовок \\| и не таблица');
    expect(md).not.toMatch(/^# не заголовок/m);
    const urban = md.slice(md.indexOf('## Городская среда'));
    expect(urban.indexOf('Умная парковка')).toBeLessThan(urban.indexOf('Умный пешеходный переход'));
  });

  it('CSV has a BOM, CRLF, one row per card, quoted cells and no live formulas', async () => {
    const board = sampleBoard();
    const csv = (await renderReport(board, 'csv', { generatedAt })).body as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(board.cards.length + 1);
    expect(rows[0]![0]).toBe(REPORT_STRINGS.ru.track);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const tricky = rows.find((row) => row[1] === 'Цифровые услуги ЖКХ | "тест", запятая')!;
    expect(tricky[18]).toBe('строка 1\nстрока 2, с "кавычками"');
    const injected = rows.find((row) => row[1] === 'Малотоннажный завод СПГ')!;
    expect(injected[4]).toBe(`'=HYPERLINK("http://evil")`);
    const priority = rows.find((row) => row[1] === 'Центр аддитивных технологий')!;
    expect(priority[3]).toBe('приоритет');
    expect(priority[6]).toContain('люди: 35 чел.');
    // Without revealed results, the votes … overall rank columns stay empty on every row.
    expect(rows.slice(1).every((row) => row.slice(8, 14).every((cell) => cell === ''))).toBe(true);
  });

  it('DOCX reads back with the title, tracks, initiatives, owners and amounts', async () => {
    const { body, contentType } = await renderReport(sampleBoard(), 'docx', { generatedAt });
    expect(contentType).toContain('wordprocessingml');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(body as Uint8Array) });
    for (const expected of [
      'Стратегическая сессия «Калуга 2030»',
      'Итоги стратегической сессии',
      'Городская среда',
      'Умная парковка и мониторинг парковочных мест',
      'Технопарк «Калуга»',
      'Дептранс',
      '450\u00a0млн\u00a0₽',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('speaks English for an English board', async () => {
    const md = (await renderReport(englishBoard(), 'md', { generatedAt })).body as string;
    expect(md).toContain('Strategic session report');
    expect(md).toContain('**Owner:** City technopark');
    expect(md).toContain('money: ₽450M оборудование и помещение');
    expect(md).toContain('35 people');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from((await renderReport(englishBoard(), 'docx', { generatedAt })).body as Uint8Array) });
    expect(value).toContain('Additive manufacturing centre');
    expect(value).toContain('Resources needed');
    expect(value).not.toContain('Ответственный');
  });

  it('produces valid output for an empty board in every format', async () => {
    for (const format of REPORT_FORMATS) {
      const { body } = await renderReport(emptyBoard(), format, { generatedAt });
      expect(body.length).toBeGreaterThan(0);
    }
    const md = (await renderReport(emptyBoard(), 'md', { generatedAt })).body as string;
    expect(md).toContain(REPORT_STRINGS.ru.noTracks);
  });

  it('has every label in both languages', () => {
    expect(Object.keys(REPORT_STRINGS.en).sort()).toEqual(Object.keys(REPORT_STRINGS.ru).sort());
    expect(REPORT_STRINGS.ru.spread).toBe(SPREAD.ru.name);
    expect(REPORT_STRINGS.en.spreadExplanation).toBe(SPREAD.en.explanation);
  });

  it('builds download headers that survive Cyrillic titles', () => {
    expect(reportFilename('  ', 'csv')).toBe('stratboard.csv');
    const header = contentDisposition('Калуга-2030.docx');
    expect(header).toBe(`attachment; filename="______-2030.docx"; filename*=UTF-8''${encodeURIComponent('Калуга-2030.docx')}`);
  });
});
