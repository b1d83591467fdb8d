import { numberFormats } from '../../shared/format';
import { describe, expect, it } from 'vitest';
import type { ImpactMatrixData, VoteBar } from '../../shared/charts/chartData';
import { escapeXml, impactMatrixSvg, votesChartSvg } from './chartSvg';
import { svgToPng } from './svgToPng';
import { pngSize } from './test/zipEntries';

const bar = (cardId: string, title: string, votes: number, color: VoteBar['color'] = 'blue'): VoteBar => ({
  cardId,
  title,
  laneTitle: 'Экономика',
  color,
  votes,
});

const labels = { title: 'Эффект × реализуемость', x: 'Реализуемость', y: 'Эффект', size: 'Размер: деньги (RUB)' };

describe('votesChartSvg', () => {
  it('draws one bar per card, the longest for the most votes, in the lane colour', () => {
    const { svg, width, height } = votesChartSvg([bar('a', 'Ветропарк', 10, 'green'), bar('b', 'СПГ', 5)], 'Голоса');
    expect([width, height]).toEqual([1000, 2 * 48 + 16]);
    expect(svg.match(/<rect x="396"/g)).toHaveLength(2);
    expect(svg).toContain('<rect x="396" y="15" width="534" height="34" rx="4" fill="#2f9e44"/>');
    expect(svg).toContain('width="267" height="34" rx="4" fill="#1c7ed6"');
    expect(svg).toContain('<title>Ветропарк (Экономика): 10</title>');
  });

  it('escapes titles and cuts long ones, keeping the full title in the tooltip', () => {
    const title = '<b>"Мост" & тоннель</b> через реку Оку и дальше';
    const { svg } = votesChartSvg([bar('x"y', title, 3)], 'A & B');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('data-card-id="x&quot;y"');
    expect(svg).toContain(`<title>${escapeXml(title)} (Экономика): 3</title>`);
    expect(svg).toContain('>&lt;b&gt;&quot;Мост&quot; &amp; тоннель&lt;/b&gt; ч…</text>');
    expect(svg).toContain('aria-label="A &amp; B: ');
  });
});

describe('impactMatrixSvg', () => {
  const data: ImpactMatrixData = {
    measure: { kind: 'money', currency: 'RUB' },
    points: [
      { cardId: 'big', title: 'Большой', color: 'violet', x: 1, y: 5, size: 400 },
      { cardId: 'small', title: 'Малый <1>', color: 'orange', x: 5, y: 1, size: 0 },
    ],
  };

  it('places bubbles at (feasibility, effect) with area by size, labels inside the frame', () => {
    const { svg, width, height } = impactMatrixSvg(data, labels, numberFormats('ru'));
    expect([width, height]).toEqual([1000, 720]);
    expect(svg).toContain('<circle cx="197" cy="78" r="36" fill="#7048e8"');
    expect(svg).toContain('<circle cx="893" cy="542" r="6" fill="#f06d00"');
    // A right-half bubble gets its label on its left.
    expect(svg).toContain('text-anchor="end" dominant-baseline="central">Малый &lt;1&gt;</text>');
    expect(svg).toContain('<title>Большой: Реализуемость 1,0, Эффект 5,0, 400\u00a0₽</title>');
    expect(svg).toContain('stroke-dasharray="10 6"');
    expect(svg).toContain('>Размер: деньги (RUB)</text>');
  });
});

describe('svgToPng', () => {
  it('renders Cyrillic text with the bundled font at the requested width, concurrently', async () => {
    const page = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><rect width="200" height="50" fill="#fff"/><text x="10" y="35" font-size="30">${text}</text></svg>`;
    const [blank, cyrillic] = await Promise.all([svgToPng(page(''), 400), svgToPng(page('Жёлудь'), 400)]);
    expect([cyrillic.width, cyrillic.height]).toEqual([400, 100]);
    expect(pngSize(Buffer.from(cyrillic.data))).toEqual({ width: 400, height: 100 });
    // Without a font resvg silently draws no text, and the two images would be identical.
    expect(Buffer.from(cyrillic.data).equals(Buffer.from(blank.data))).toBe(false);
  });
});
