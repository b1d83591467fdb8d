import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxInside } from './box';
import type { MatrixPoint } from './chartData';
import { layoutMatrix, MATRIX_PLOT, type MatrixLayout } from './matrixLayout';

const captions = { quickWins: 'Быстрые победы', majorProjects: 'Крупные проекты', fillIns: 'Простые задачи', reconsider: 'Отложить' };
const point = (cardId: string, x: number, y: number, size = 0, title = `Инициатива ${cardId}`): MatrixPoint => ({
  cardId,
  title,
  laneTitle: 'Экономика',
  color: 'blue',
  x,
  y,
  size,
});

// A deterministic crowd: a few shared spots, a dense patch and the corners.
function crowd(count: number, seed = 7): MatrixPoint[] {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    const shared = i % 4 === 0;
    const x = shared ? 4 : 1 + Math.round(next() * 40) / 10;
    const y = shared ? 4 : 1 + Math.round(next() * 40) / 10;
    return point(`c${String(i).padStart(2, '0')}`, x, y, Math.round(next() * 100), `Инициатива с длинным названием ${i}`);
  });
}

const texts = (layout: MatrixLayout) => [...layout.bubbles.flatMap((b) => [b.label, b.number].filter((t) => t !== null)), ...layout.quadrants];
const frame = { x0: MATRIX_PLOT.left, y0: MATRIX_PLOT.top, x1: MATRIX_PLOT.right, y1: MATRIX_PLOT.bottom };

describe('layoutMatrix', () => {
  it.each([3, 8, 14, 20])('never lets two texts overlap, and keeps them in the frame (%i points)', (count) => {
    const layout = layoutMatrix(crowd(count), captions);
    const all = texts(layout);
    for (let i = 0; i < all.length; i++) {
      expect(boxInside(all[i]!.box, frame), all[i]!.text).toBe(true);
      for (let j = i + 1; j < all.length; j++) expect(boxesOverlap(all[i]!.box, all[j]!.box), `${all[i]!.text} / ${all[j]!.text}`).toBe(false);
    }
  });

  it('puts each title nearer its own bubble than any other, and off every other centre', () => {
    const layout = layoutMatrix(crowd(14), captions);
    for (const b of layout.bubbles.filter((b) => b.label)) {
      const box = b.label!.box;
      const reach = (o: (typeof layout.bubbles)[number]) =>
        Math.hypot(Math.max(box.x0 - o.cx, 0, o.cx - box.x1), Math.max(box.y0 - o.cy, 0, o.cy - box.y1)) - o.r;
      for (const other of layout.bubbles.filter((o) => o !== b)) expect(reach(other)).toBeGreaterThan(reach(b));
    }
  });

  it('labels or numbers every point, and lists every number once in the legend', () => {
    const layout = layoutMatrix(crowd(20), captions);
    expect(layout.bubbles).toHaveLength(20);
    for (const b of layout.bubbles) expect(Boolean(b.label) !== Boolean(b.number)).toBe(true);
    const numbered = layout.bubbles.filter((b) => b.number);
    expect(numbered.length).toBeGreaterThan(0);
    expect(layout.legend.map((e) => e.cardId).sort()).toEqual(numbered.map((b) => b.point.cardId).sort());
    expect(numbered.map((b) => Number(b.number!.text)).sort((a, b) => a - b)).toEqual(numbered.map((_, i) => i + 1));
    for (const entry of layout.legend) {
      const b = numbered.find((n) => n.point.cardId === entry.cardId)!;
      expect(entry.text.startsWith(`${b.number!.text} — `)).toBe(true);
      expect(entry.y).toBeLessThan(layout.height);
    }
  });

  it('separates identical points in card id order, and keeps single points where they are', () => {
    const layout = layoutMatrix([point('b', 3.5, 3.5), point('a', 3.5, 3.5), point('c', 3.5, 3.5), point('alone', 1, 1)], captions);
    const [b, a, c, alone] = layout.bubbles;
    const centres = [a!, b!, c!].map((p) => `${p.cx},${p.cy}`);
    expect(new Set(centres).size).toBe(3);
    // The first in id order starts on the left of the shared spot.
    expect(a!.cx).toBeLessThan(b!.cx);
    expect(a!.cx).toBeLessThan(c!.cx);
    expect([alone!.cx, alone!.cy]).toEqual([197, 542]);
    expect(Math.abs((a!.cx + b!.cx + c!.cx) / 3 - 632)).toBeLessThan(1);
  });

  it('is deterministic and keeps the order it is given', () => {
    const points = crowd(12);
    expect(layoutMatrix(points, captions)).toEqual(layoutMatrix(structuredClone(points), captions));
    expect(layoutMatrix(points, captions).bubbles.map((b) => b.point.cardId)).toEqual(points.map((p) => p.cardId));
  });

  it('captions the quadrants in their corners: quick wins top right', () => {
    const layout = layoutMatrix([point('a', 3, 3)], captions);
    const quickWins = layout.quadrants.find((q) => q.quadrant === 'quickWins')!;
    const reconsider = layout.quadrants.find((q) => q.quadrant === 'reconsider')!;
    expect(quickWins).toMatchObject({ text: 'Быстрые победы', anchor: 'end' });
    expect(quickWins.box.x1).toBeGreaterThan((MATRIX_PLOT.left + MATRIX_PLOT.right) / 2);
    expect(quickWins.y).toBeLessThan(reconsider.y);
    expect(reconsider.box.x0).toBeLessThan((MATRIX_PLOT.left + MATRIX_PLOT.right) / 2);
  });

  it('gives a lone point its whole title beside it and no legend', () => {
    const layout = layoutMatrix([point('a', 2, 2, 0, 'Умная парковка')], captions);
    expect(layout.bubbles[0]!.label).toMatchObject({ text: 'Умная парковка', anchor: 'start' });
    expect(layout.legend).toEqual([]);
    expect(layout.tracks.items.map((item) => item.title)).toEqual(['Экономика']);
  });
});
