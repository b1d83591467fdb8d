import { describe, expect, it } from 'vitest';
import type { AdminBoard } from '../api/api';
import { confirmationOf, formatBytes, formatDay, searchBoards, sortBoards } from './boardList';

const board = (id: string, over: Partial<AdminBoard> = {}): AdminBoard => ({
  id,
  title: `Board ${id}`,
  place: null,
  date: null,
  createdAt: 0,
  lastActivityAt: 0,
  bytes: 0,
  participants: 0,
  versions: 0,
  connections: 0,
  ...over,
});

describe('searchBoards', () => {
  const boards = [board('aaaa1111', { title: 'Калуга 2030', place: 'Калуга' }), board('bbbb2222', { title: 'Тула: стратегия', place: 'Тула' })];
  it('matches title, place and id, ignoring case, every word', () => {
    expect(searchBoards(boards, 'калуга').map((b) => b.id)).toEqual(['aaaa1111']);
    expect(searchBoards(boards, 'ТУЛА').map((b) => b.id)).toEqual(['bbbb2222']);
    expect(searchBoards(boards, 'bbbb').map((b) => b.id)).toEqual(['bbbb2222']);
    expect(searchBoards(boards, 'тула калуга')).toEqual([]);
    expect(searchBoards(boards, '  ')).toHaveLength(2);
  });
});

describe('sortBoards', () => {
  it('sorts by the chosen column either way, ties by latest activity', () => {
    const boards = [board('a', { bytes: 5, lastActivityAt: 1 }), board('b', { bytes: 9, lastActivityAt: 2 }), board('c', { bytes: 5, lastActivityAt: 3 })];
    expect(sortBoards(boards, { key: 'bytes', descending: true }).map((b) => b.id)).toEqual(['b', 'c', 'a']);
    expect(sortBoards(boards, { key: 'bytes', descending: false }).map((b) => b.id)).toEqual(['c', 'a', 'b']);
    expect(sortBoards(boards, { key: 'lastActivityAt', descending: true }).map((b) => b.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('formatBytes', () => {
  it('picks a unit and keeps one decimal below 100', () => {
    expect(formatBytes(840, 'en')).toBe('840B');
    expect(formatBytes(12_700, 'en')).toBe('12.4 kB');
    expect(formatBytes(1_363_149, 'en')).toBe('1.3 MB');
    expect(formatBytes(1_363_149, 'ru')).toMatch(/^1,3\sМБ$/);
  });
});

describe('formatDay', () => {
  it('formats the calendar day whatever the time zone', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });
});

describe('confirmationOf', () => {
  it('is the title, or the id when there is none', () => {
    expect(confirmationOf({ id: 'x1', title: ' Калуга ' })).toBe('Калуга');
    expect(confirmationOf({ id: 'x1', title: '  ' })).toBe('x1');
  });
});
