import { describe, expect, it } from 'vitest';
import type { Card } from '../../../../shared/board/types';
import { PARKED } from '../store/createBoardStore';
import { sheetInitiatives, sheetKey, stepAfterMark } from './sheetInitiatives';

const card = (id: string, status: Card['status'], laneId: string | null) => ({ id, status, laneId, title: id }) as unknown as Card;

describe('the scoring sheet', () => {
  it('lists shortlisted initiatives track by track in their order, then the parking lot', () => {
    const cards = {
      a: card('a', 'priority', 'l2'),
      b: card('b', 'idea', 'l1'),
      c: card('c', 'shortlisted', 'l1'),
      d: card('d', 'shortlisted', null),
      e: card('e', 'priority', 'l1'),
    };
    const state = { lanes: [{ id: 'l1' }, { id: 'l2' }] as never, laneCards: { l1: ['e', 'b', 'c'], l2: ['a', 'gone'], [PARKED]: ['d'] }, cards };
    expect(sheetInitiatives(state).map((c) => c.id)).toEqual(['e', 'c', 'a', 'd']);
  });

  const key = (key: string, code: string, modifiers: Partial<KeyboardEvent> = {}) =>
    sheetKey({ key, code, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

  it('reads digits 1 to 5 as marks, from the top row or the keypad, and J/K on any keyboard layout', () => {
    expect(key('3', 'Digit3')).toEqual({ mark: 3 });
    expect(key('5', 'Numpad5')).toEqual({ mark: 5 });
    expect(key('6', 'Digit6')).toBeNull();
    expect(key('0', 'Digit0')).toBeNull();
    // A Russian layout types «о» and «л» on the J and K keys.
    expect(key('о', 'KeyJ')).toEqual({ go: 1 });
    expect(key('л', 'KeyK')).toEqual({ go: -1 });
    expect(key('4', 'Digit4', { ctrlKey: true })).toBeNull();
    expect(key('j', 'KeyJ', { metaKey: true })).toBeNull();
  });

  it('after a mark goes to the next criterion, and from the last one to the next initiative', () => {
    expect(stepAfterMark(0, 5)).toEqual({ criterion: 1 });
    expect(stepAfterMark(3, 5)).toEqual({ criterion: 4 });
    expect(stepAfterMark(4, 5)).toBe('next-initiative');
  });
});
