import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api';
import type { RecentBoard } from '../local/recentBoards';
import { pastSessionFields, pastSessionProblem, readExportFile, recentSources } from './pastSession';

const recent = (link: string): RecentBoard => ({ id: 'x', title: 'Калуга 2025', role: 'viewer', link, openedAt: 1 });

describe('recentSources', () => {
  it('keeps boards whose link carries a token', () => {
    const sources = recentSources([
      recent('http://h/b/abcdefghijkl#k=token123'),
      recent('http://h/b/abcdefghijkl'),
      recent('http://h/b/abcdefghijkl/projector#k=token123'),
      recent('not a url at all /b/'),
    ]);
    expect(sources.map(({ boardId, token }) => ({ boardId, token }))).toEqual([{ boardId: 'abcdefghijkl', token: 'token123' }]);
  });
});

describe('readExportFile', () => {
  it('parses JSON and says null for anything else', async () => {
    expect(await readExportFile(new Blob(['{"format":"stratboard-board"}']))).toEqual({ format: 'stratboard-board' });
    expect(await readExportFile(new Blob(['Название,Статус\nПарк,идея']))).toBeNull();
  });
});

describe('pastSessionFields', () => {
  it('names the past board or carries the export', () => {
    expect(pastSessionFields({ kind: 'recent', boardId: 'b', token: 't' })).toEqual({ from: { boardId: 'b', token: 't' } });
    expect(pastSessionFields({ kind: 'file', name: 'f.json', data: { a: 1 } })).toEqual({ import: { a: 1 } });
  });
});

describe('pastSessionProblem', () => {
  it('explains refusals of the past session, and leaves other errors alone', () => {
    expect(pastSessionProblem(new ApiError('forbidden', 'x', 403))).toEqual({ key: 'roadmap.errorForbidden' });
    expect(pastSessionProblem(new ApiError('not-found', 'x', 404))).toEqual({ key: 'roadmap.errorNotFound' });
    expect(pastSessionProblem(new ApiError('payload-too-large', 'x', 413))).toEqual({ key: 'roadmap.errorTooLarge' });
    expect(pastSessionProblem(new ApiError('invalid-request', 'import: not a Stratboard board export', 400))).toEqual({
      key: 'roadmap.errorInvalid',
      message: 'not a Stratboard board export',
    });
    expect(pastSessionProblem(new ApiError('invalid-request', 'title: must not be empty', 400))).toBeNull();
    expect(pastSessionProblem(new ApiError('network', 'offline'))).toBeNull();
    expect(pastSessionProblem(new Error('boom'))).toBeNull();
  });
});
