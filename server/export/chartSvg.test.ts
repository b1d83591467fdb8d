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

const labels = {
  title: 'Эффект × реализуемость',
  x: 'Реализуемость',
  y: 'Эффект',
  size: 'Размер: деньги (RUB)',
  quadrants: { quickWins: 'Быстрые победы', majorProjects: 'Крупные проекты', fillIns: 'Простые задачи', reconsider: 'Отложить' },
};

describe('votesChartSvg', () => {
  it('draws one bar per card, the longest for the most votes, in the track colour, with the key', () => {
    const { svg, width, height } = votesChartSvg([bar('a', 'Ветропарк', 10, 'green'), bar('b', 'СПГ', 5)], 'Голоса');
    // Two rows, then the key to the colours (one row: both bars name the same track here).
    expect([width, height]).toEqual([1000, 8 + 2 * 64 + 16 + 30 + 8]);
    expect(svg.match(/<rect x="396"/g)).toHaveLength(2);
    expect(svg).toContain('<rect x="396" y="20" width="534" height="40" rx="4" fill="#2f9e44"/>');
    expect(svg).toContain('width="267" height="40" rx="4" fill="#1c7ed6"');
    expect(svg).toContain('<title>Ветропарк (Экономика): 10</title>');
    expect(svg).toContain('fill="#2f9e44"/><text x="34" y="161" dominant-baseline="central" font-size="18">Экономика</text>');
  });

  it('escapes titles and wraps long ones on two lines, keeping the full title in the tooltip', () => {
    const title = '<b>"Мост" & тоннель</b> через реку Оку и дальше';
    const { svg } = votesChartSvg([bar('x"y', title, 3)], 'A & B');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('data-card-id="x&quot;y"');
    expect(svg).toContain(`<title>${escapeXml(title)} (Экономика): 3</title>`);
    expect(svg).toContain('y="28" text-anchor="end" dominant-baseline="central" font-size="20">&lt;b&gt;&quot;Мост&quot; &amp; тоннель&lt;/b&gt;</text>');
    expect(svg).toContain('y="52" text-anchor="end" dominant-baseline="central" font-size="20">через реку Оку и дальше</text>');
    expect(svg).toContain('aria-label="A &amp; B: ');
  });
});

describe('impactMatrixSvg', () => {
  const data: ImpactMatrixData = {
    measure: { kind: 'money', currency: 'RUB' },
    points: [
      { cardId: 'big', title: 'Большой', laneTitle: 'Экономика', color: 'violet', x: 1, y: 5, size: 400 },
      { cardId: 'small', title: 'Малый <1>', laneTitle: 'Туризм', color: 'orange', x: 5, y: 1, size: 0 },
    ],
  };

  it('places bubbles at (feasibility, effect) with area by size, labels inside the frame, quadrants captioned', () => {
    const { svg, width, height } = impactMatrixSvg(data, labels, numberFormats('ru'));
    expect(width).toBe(1000);
    expect(height).toBeGreaterThan(730);
    expect(svg).toContain('<circle cx="197" cy="78" r="36" fill="#7048e8"');
    expect(svg).toContain('<circle cx="893" cy="542" r="6" fill="#f06d00"');
    // A right-half bubble gets its label on its left.
    expect(svg).toContain('<text x="881" y="542" text-anchor="end" dominant-baseline="central" font-size="20" paint-order="stroke"');
    expect(svg).toContain('>Малый &lt;1&gt;</text>');
    expect(svg).toContain('<title>Большой (Экономика): Реализуемость 1,0, Эффект 5,0, 400\u00a0₽</title>');
    expect(svg).toContain('text-anchor="end" dominant-baseline="central" font-size="18" font-weight="700" fill-opacity="0.5">Быстрые победы</text>');
    expect(svg).toContain('>Туризм</text>');
  });

  it('numbers the bubbles it cannot label and lists them under the chart', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({
      cardId: `c${i}`,
      title: `Инициатива номер ${i}`,
      laneTitle: 'Экономика',
      color: 'blue' as const,
      x: 3 + (i % 3) * 0.1,
      y: 3 + (i % 4) * 0.1,
      size: 0,
    }));
    const { svg } = impactMatrixSvg({ measure: { kind: 'count' }, points: crowd }, labels, numberFormats('ru'));
    expect(svg).toMatch(/paint-order="stroke"[^>]*>1<\/text>/);
    expect(svg).toContain('>1 — Инициатива номер');
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
