import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from './textWidth';

// Advance widths of DejaVu Sans in em, as Chromium measures them: the estimate must not be less.
const DEJAVU: Record<string, number> = { а: 0.61, ж: 0.9, ш: 0.92, Ж: 1.08, Щ: 1.09, О: 0.79, m: 0.97, i: 0.28, ' ': 0.32, '—': 1, '«': 0.61, 1: 0.64 };

describe('textWidth', () => {
  it('never estimates a character narrower than DejaVu Sans draws it', () => {
    for (const [ch, em] of Object.entries(DEJAVU)) expect(textWidth(ch, 100), ch).toBeGreaterThanOrEqual(em * 100);
  });

  it('adds up and scales with the font size', () => {
    expect(textWidth('аа', 20)).toBeCloseTo(2 * textWidth('а', 20));
    expect(textWidth('Ветропарк', 40)).toBeCloseTo(2 * textWidth('Ветропарк', 20));
    expect(textWidth('12', 18, true)).toBeGreaterThan(textWidth('12', 18));
  });
});

describe('fitText and wrapText', () => {
  it('cuts with an ellipsis only when the text does not fit', () => {
    expect(fitText('Ветропарк', 500, 20)).toBe('Ветропарк');
    const cut = fitText('Строительство нового моста через Оку', 200, 20);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 20)).toBeLessThanOrEqual(200);
  });

  it('wraps at spaces on two lines and ends the second with an ellipsis only when words are left', () => {
    const title = 'Реконструкция набережной Оки и пешеходный мост на Правобережье';
    const lines = wrapText(title, 372, 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Реконструкция набережной');
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(372);
    expect(wrapText('Реконструкция набережной Оки', 372, 20, 2)).toEqual(['Реконструкция набережной', 'Оки']);
    expect(wrapText('Ветропарк', 372, 20, 2)).toEqual(['Ветропарк']);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapText('Электроэнергетикаэлектроэнергетика мост', 150, 20, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(150);
    expect(lines[0]!.endsWith('…')).toBe(false);
  });
});
