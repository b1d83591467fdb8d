import { describe, expect, it } from 'vitest';
import type { CardId, LaneId } from '../../shared/board/types';
import { pairKey, similarity, stems, suggestDuplicates } from './duplicateSuggestions';

let n = 0;
const card = (title: string, laneId = 'urban', createdAt = ++n) => ({ id: `c${n}` as CardId, laneId: laneId as LaneId, title, createdAt });

describe('duplicate suggestions', () => {
  it('stems Russian and English words, leaving out stop words and case', () => {
    expect(stems('Умные парковки в центре')).toEqual(['умн', 'парковк', 'центр']);
    expect(stems('Smart PARKING for the city')).toEqual(['smart', 'park', 'citi']);
    expect(stems('Ёлки')).toEqual(stems('елки'));
  });

  it('scores word forms of one idea as alike, different ideas apart', () => {
    expect(similarity(stems('Умная парковка'), stems('Умные парковки'))).toBe(1);
    expect(similarity(stems('Умная парковка'), stems('Умные парковки в центре'))).toBeCloseTo(0.8);
    expect(similarity(stems('Ветропарк'), stems('Умная парковка'))).toBe(0);
    // «парковочных» and «парковка» stem apart but are one word.
    expect(similarity(stems('Мониторинг парковочных мест'), stems('Мониторинг парковок'))).toBe(0.8);
  });

  it('suggests pairs within a track, most alike first, older card first, and leaves dismissed pairs out', () => {
    const parking = card('Умная парковка');
    const parking2 = card('Умные парковки в центре');
    const crossing = card('Умный пешеходный переход');
    const crossings = card('Умные пешеходные переходы у 200 школ');
    const wind = card('Ветропарк');
    const otherTrack = card('Умная парковка', 'infra');
    const english = card('Smart parking', 'science');
    const english2 = card('Parking, smart', 'science');
    const pairs = suggestDuplicates([parking2, parking, crossing, crossings, wind, otherTrack, english, english2]);
    expect(pairs.map((pair) => [pair.a, pair.b])).toEqual([
      [english.id, english2.id],
      [parking.id, parking2.id],
      [crossing.id, crossings.id],
    ]);
    expect(pairs[1]!.score).toBe(0.8);
    const dismissed = new Set([pairKey(parking2.id, parking.id)]);
    expect(suggestDuplicates([parking, parking2], dismissed)).toEqual([]);
  });

  it('ignores cards without words', () => {
    expect(suggestDuplicates([card(''), card('и в на'), card('')])).toEqual([]);
  });
});
