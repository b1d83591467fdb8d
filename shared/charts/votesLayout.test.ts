import { describe, expect, it } from 'vitest';
import type { VoteBar } from './chartData';
import { layoutVotes } from './votesLayout';

const bar = (cardId: string, title: string, votes: number, laneTitle = 'Экономика', color: VoteBar['color'] = 'blue'): VoteBar => ({
  cardId,
  title,
  laneTitle,
  color,
  votes,
});

describe('layoutVotes', () => {
  it('wraps a long title on two lines around the middle of its bar, past the 25th character', () => {
    const title = 'Реконструкция набережной Оки и пешеходный мост';
    const [row] = layoutVotes([bar('a', title, 3)]).rows;
    expect(row!.lines).toHaveLength(2);
    expect(row!.lines.map((l) => l.text).join(' ')).toBe(title);
    expect((row!.lines[0]!.y + row!.lines[1]!.y) / 2).toBe(row!.middle);
    expect(layoutVotes([bar('a', 'Ветропарк', 3)]).rows[0]!.lines).toEqual([{ text: 'Ветропарк', y: row!.middle }]);
  });

  it('sizes bars to the most votes and keys each track once, in first order', () => {
    const layout = layoutVotes([bar('a', 'A', 10, 'Туризм', 'green'), bar('b', 'B', 5), bar('c', 'C', 2, 'Туризм', 'green'), bar('d', 'D', 1, '', 'grey')]);
    expect(layout.rows.map((r) => r.barWidth)).toEqual([534, 267, 106.8, 53.4]);
    expect(layout.tracks.items.map((item) => [item.title, item.color])).toEqual([
      ['Туризм', 'green'],
      ['Экономика', 'blue'],
    ]);
    expect(layout.tracks.items[0]!.y).toBeGreaterThan(layout.rows.at(-1)!.barY + layout.rows.at(-1)!.barHeight);
    expect(layout.height).toBeGreaterThan(layout.tracks.items[0]!.y + 18);
  });

  it('wraps the key onto a new row when the tracks do not fit one', () => {
    const tracks = Array.from({ length: 8 }, (_, i) => bar(`c${i}`, 'X', 1, `Трек с длинным названием ${i}`, 'violet'));
    const { items } = layoutVotes(tracks).tracks;
    expect(new Set(items.map((item) => item.y)).size).toBeGreaterThan(1);
    for (const item of items) expect(item.x).toBeGreaterThanOrEqual(0);
  });
});
