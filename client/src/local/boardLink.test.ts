import { describe, expect, it } from 'vitest';
import { parseBoardLocation } from './boardLink';

describe('parseBoardLocation', () => {
  it('reads the board id and the token from the fragment', () => {
    expect(parseBoardLocation('/b/AbC123xyz', '#k=tok_EN-123')).toEqual({ boardId: 'AbC123xyz', token: 'tok_EN-123', projector: false });
    expect(parseBoardLocation('/b/AbC123xyz/', '')).toEqual({ boardId: 'AbC123xyz', token: null, projector: false });
    expect(parseBoardLocation('/b/AbC123xyz', '#k=')).toEqual({ boardId: 'AbC123xyz', token: null, projector: false });
    expect(parseBoardLocation('/b/AbC123xyz/projector', '#k=tok')).toEqual({ boardId: 'AbC123xyz', token: 'tok', projector: true });
    expect(parseBoardLocation('/b/AbC123xyz/other', '#k=tok')).toBeNull();
    expect(parseBoardLocation('/', '')).toBeNull();
    expect(parseBoardLocation('/b/../etc', '')).toBeNull();
  });
});
