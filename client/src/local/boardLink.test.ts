import { describe, expect, it } from 'vitest';
import { boardLinkOf, parseBoardLocation, projectorLinkOf } from './boardLink';

describe('parseBoardLocation', () => {
  it('reads the board id and the token from the fragment', () => {
    expect(parseBoardLocation('/b/AbC123xyz', '#k=tok_EN-123')).toEqual({ boardId: 'AbC123xyz', token: 'tok_EN-123', projector: false, join: null });
    expect(parseBoardLocation('/b/AbC123xyz/', '')).toEqual({ boardId: 'AbC123xyz', token: null, projector: false, join: null });
    expect(parseBoardLocation('/b/AbC123xyz', '#k=')).toEqual({ boardId: 'AbC123xyz', token: null, projector: false, join: null });
    expect(parseBoardLocation('/b/AbC123xyz/projector', '#k=tok')).toEqual({ boardId: 'AbC123xyz', token: 'tok', projector: true, join: null });
    expect(parseBoardLocation('/b/AbC123xyz/other', '#k=tok')).toBeNull();
    expect(parseBoardLocation('/', '')).toBeNull();
    expect(parseBoardLocation('/b/../etc', '')).toBeNull();
  });

  it('reads the projector’s viewer token and the editor token it shows, as the facilitator’s page writes them', () => {
    const url = new URL(projectorLinkOf('AbC123xyz', 'viewer-token', 'editor-token'), 'https://board.example.org');
    expect(parseBoardLocation(url.pathname, url.hash)).toEqual({ boardId: 'AbC123xyz', token: 'viewer-token', projector: true, join: 'editor-token' });
    expect(boardLinkOf('https://board.example.org', 'AbC123xyz', 'editor-token')).toBe('https://board.example.org/b/AbC123xyz#k=editor-token');
  });
});
