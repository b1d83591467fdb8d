import { describe, expect, it } from 'vitest';
import { diffText, shiftCaret } from './textDiff';

describe('diffText', () => {
  it('finds the one edit between two strings', () => {
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('Ветропарк', 'Ветропарк 50 МВт')).toEqual({ index: 9, remove: 0, insert: ' 50 МВт' });
    expect(diffText('hello world', 'hello brave world')).toEqual({ index: 6, remove: 0, insert: 'brave ' });
    expect(diffText('abcdef', 'abXYef')).toEqual({ index: 2, remove: 2, insert: 'XY' });
    expect(diffText('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' });
    expect(diffText('', 'новое')).toEqual({ index: 0, remove: 0, insert: 'новое' });
  });
});

describe('shiftCaret', () => {
  it('moves the caret after inserts before it and not after inserts behind it', () => {
    expect(shiftCaret(5, [{ insert: 'abc' }])).toBe(8);
    expect(shiftCaret(5, [{ retain: 7 }, { insert: 'abc' }])).toBe(5);
    expect(shiftCaret(5, [{ retain: 2 }, { delete: 2 }])).toBe(3);
    expect(shiftCaret(5, [{ retain: 4 }, { delete: 10 }])).toBe(4);
    // Someone else typing exactly where my caret is does not push my caret along.
    expect(shiftCaret(1, [{ retain: 1 }, { insert: 'Д' }])).toBe(1);
    expect(shiftCaret(0, [{ insert: 'abc' }])).toBe(0);
  });
});
