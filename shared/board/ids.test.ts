import { describe, expect, it } from 'vitest';
import { isBoardId, newBoardId, newCardId, newCommentId, newGroupId, newLaneId, newResourceId, newStageId } from './ids';

describe('ids', () => {
  it('makes board ids of 14 letters and digits that pass isBoardId', () => {
    const ids = Array.from({ length: 500 }, newBoardId);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-zA-Z]{14}$/);
      expect(id).not.toMatch(/[lIO]/);
      expect(isBoardId(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects malformed board ids before any lookup', () => {
    for (const bad of [
      '',
      'short',
      'abc12345678',
      '../../etc/passwd',
      'board id with spaces',
      'доскадоскадоска',
      'x'.repeat(65),
      'abcdefghijkl?',
      42,
      null,
      undefined,
    ]) {
      expect(isBoardId(bad)).toBe(false);
    }
    expect(isBoardId('nosuchboard123')).toBe(true);
    expect(isBoardId('board_relay-test')).toBe(true);
  });

  it('makes url-safe entity ids of 10 to 12 characters, unique', () => {
    const makers: Array<() => string> = [newLaneId, newCardId, newCommentId, newGroupId, newResourceId, newStageId];
    for (const make of makers) {
      const ids = Array.from({ length: 300 }, () => make());
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{10,12}$/);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
