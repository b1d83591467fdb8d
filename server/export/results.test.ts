/**
 * The report once the facilitator revealed votes and expert scores: ranking, numbers with
 * spread, charts in every format that has them, and none of it while results are hidden.
 */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { SPREAD } from '../../shared/format';
import { defaultCriteria } from '../../shared/board/scoring';
import { renderReport } from './renderReport';
import { buildReport } from './reportModel';
import type { ReportResults } from './reportResults';
import { REPORT_STRINGS } from './reportStrings';
import { parseCsv } from './test/parseCsv';
import { englishBoard, sampleBoard } from './test/sampleBoard';
import { EXPECTED_OVERALL, hiddenResults, sampleResults } from './test/sampleResults';
import { pngSize, zipEntries } from './test/zipEntries';

const generatedAt = new Date(Date.UTC(2026, 10, 21, 12, 0));
const ru = REPORT_STRINGS.ru;

const render = async (format: 'md' | 'csv' | 'html' | 'docx', results: ReportResults, board = sampleBoard()) =>
  (await renderReport(board, format, { generatedAt, results })).body;
const docxText = async (body: string | Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(body as Uint8Array) })).value;

/** Asserts that `titles` occur in `text` in this order, starting at `from`. */
function expectInOrder(text: string, titles: string[], from = 0) {
  let at = from;
  for (const title of titles) {
    const next = text.indexOf(title, at);
    expect(next, `${title} after position ${at}`).toBeGreaterThan(at - 1);
    at = next + title.length;
  }
}

describe('report with revealed results', () => {
  it('ranks by weighted score, then votes, then status, within tracks and overall', () => {
    const report = buildReport(sampleBoard(), { generatedAt, results: sampleResults() });
    expect(report.overall.map((item) => item.card.title)).toEqual(EXPECTED_OVERALL);
    expect(report.overall.map((item) => item.overallRank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const science = report.tracks[0]!;
    // The shortlisted card outscored the priority one, so it comes first despite its status.
    expect(science.initiatives.map((item) => [item.card.title.slice(0, 9), item.rankInTrack])).toEqual([
      ['ИИ-систем', 1],
      ['Центр адд', 2],
    ]);
    expect(report.participants).toBe(12);
    expect(buildReport(sampleBoard(), { generatedAt, results: { ...sampleResults(), participants: 0 } }).participants).toBe(3);
  });

  it('DOCX reads back, in Russian, with the ranked initiatives, their votes and scores with spread', async () => {
    const text = await docxText(await render('docx', sampleResults()));
    expect(text).toContain(`${ru.participants}: 12`);
    const overall = text.indexOf(ru.overall);
    expect(overall).toBeGreaterThan(0);
    expectInOrder(text, EXPECTED_OVERALL, overall);
    // Rank, title, track, owner, status, votes, score, spread, experts of the first row.
    expectInOrder(text, ['1', EXPECTED_OVERALL[0]!, 'Минпромторг области', 'в шорт-листе', '7', '4,37', '0,47', '3'], overall);
    expect(text).toContain('4,37 из 5 (σ 0,47; экспертов: 3)');
    expect(text).toContain('3,85 из 5 (σ 0,64; экспертов: 3)');
    // The spread is explained once, under the title, in the words the board uses.
    expect(text).toContain(SPREAD.ru.explanation);
    expect(buildReport(sampleBoard(), { generatedAt, results: hiddenResults() }).basis).not.toContain(SPREAD.ru.explanation);
    const detail = text.indexOf('2. Центр аддитивных технологий');
    expectInOrder(text, [ru.votes, '13', ru.score, 'Эффект для территории', '3', '4,33', '3–5', '0,94', 'Ресурсоёмкость (меньше — лучше)'], detail);
    expect(text).not.toContain('Votes');
  });

  it('DOCX embeds each chart as a PNG picture', async () => {
    const files = zipEntries((await render('docx', sampleResults())) as Uint8Array);
    const pngs = [...files.keys()].filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(pngs).toHaveLength(2);
    for (const name of pngs) expect(pngSize(files.get(name)!).width).toBe(1800);
    const sizes = pngs.map((name) => pngSize(files.get(name)!));
    // Votes: 8 rows of 64 units, padding and two rows of the track key on 1000 wide; matrix: the
    // frame, axes, size line and the track key.
    expect(sizes.map((s) => Math.round((s.height / s.width) * 1000)).sort()).toEqual([604, 802]);
    expect(
      files
        .get('word/document.xml')!
        .toString()
        .match(/<a:blip r:embed=/g),
    ).toHaveLength(2);
  });

  it('HTML is a standalone printable document with both charts as SVG and the ranked list', async () => {
    const board = sampleBoard();
    board.cards[1]!.title = '<script>alert("x")</script> ИИ';
    const html = (await render('html', sampleResults(), board)) as string;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="ru">');
    expect(html).toMatch(/@media print \{[\s\S]*section\.track \{ break-before: page; \}/);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link|\ssrc=|<button/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ИИ');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toMatch(/<figure class="chart" data-chart="votes"><figcaption>Голоса по карточкам<\/figcaption><svg /);
    expect(html).toMatch(/<figure class="chart" data-chart="matrix"><figcaption>Эффект × реализуемость<\/figcaption><svg /);
    const overall = html.slice(html.indexOf('<section class="overall">'), html.indexOf('<section class="track">'));
    expectInOrder(overall, [
      '<td class="num">1</td><td>&lt;script&gt;',
      '<td class="num">7</td><td class="num">4,37</td><td class="num">0,47</td>',
      ...EXPECTED_OVERALL.slice(1),
    ]);
  });

  it('CSV rows carry votes, score, spread, experts and both ranks', async () => {
    const rows = parseCsv(((await render('csv', sampleResults())) as string).slice(1));
    const header = rows[0]!;
    expect(header.slice(8, 14)).toEqual([ru.votes, ru.score, ru.spread, ru.experts, ru.rankInTrack, ru.overallRank]);
    const row = (title: string) => rows.find((r) => r[1] === title)!.slice(8, 14);
    expect(row(EXPECTED_OVERALL[0]!)).toEqual(['7', '4.37', '0.47', '3', '1', '1']);
    expect(row('Центр аддитивных технологий')).toEqual(['13', '3.85', '0.64', '3', '2', '3']);
    expect(row('Умная парковка и мониторинг парковочных мест')).toEqual(['9', '', '', '', '1', '5']);
    // Ideas have their votes but no rank.
    expect(row('Обращение с отходами')).toEqual(['1', '', '', '', '', '']);
    expect(row('Цифровые услуги ЖКХ | "тест", запятая')).toEqual(['0', '', '', '', '', '']);
  });

  it('speaks English for an English board', async () => {
    const results = { ...sampleResults(), criteria: defaultCriteria('en') };
    const md = (await render('md', results, englishBoard())) as string;
    expect(md).toContain('**Expert score:** 3.85 of 5 (σ 0.64; 3 experts)');
    expect(md).toContain('| Rank | Title | Track |'.replace('Rank', REPORT_STRINGS.en.rank));
  });
});

describe('report with results hidden', () => {
  const leaks = ['4,37', '3,85', '0,47', 'σ', ru.votes, ru.score, ru.spread, ru.votesChart, ru.matrixChart, ru.overall];

  it('shows no count, score, rank or chart in any format', async () => {
    for (const format of ['md', 'html'] as const) {
      const text = (await render(format, hiddenResults())) as string;
      for (const leak of leaks) expect(text, `${format}: ${leak}`).not.toContain(leak);
      expect(text).toContain(ru.rankingBasis(false, false));
    }
    const docx = (await render('docx', hiddenResults())) as Uint8Array;
    const text = await docxText(docx);
    for (const leak of leaks) expect(text, `docx: ${leak}`).not.toContain(leak);
    expect([...zipEntries(docx).keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);
    const rows = parseCsv(((await render('csv', hiddenResults())) as string).slice(1));
    expect(rows.slice(1).every((row) => row.slice(8, 14).every((cell) => cell === ''))).toBe(true);
  });

  it('shows votes without scores when only votes are revealed', async () => {
    const html = (await render('html', { ...sampleResults(), scores: null })) as string;
    expect(html).toContain('data-chart="votes"');
    expect(html).not.toContain('data-chart="matrix"');
    expect(html).not.toContain('4,37');
    expect(html).toContain(ru.rankingBasis(true, false));
  });
});
