/** Boards recently opened on this device, with the link each was opened with. */
import type { Role } from '../../../shared/board/types';
import { readJson, writeJson } from './storage';

export interface RecentBoard {
  id: string;
  title: string;
  role: Role;
  link: string;
  openedAt: number;
}

const KEY = 'stratboard.recentBoards';
const MAX = 12;

export const loadRecentBoards = (): RecentBoard[] => readJson<RecentBoard[]>(KEY, []).filter((b) => typeof b?.id === 'string');

export function rememberBoard(board: RecentBoard): void {
  const others = loadRecentBoards().filter((b) => b.id !== board.id);
  writeJson(KEY, [board, ...others].slice(0, MAX));
}

/** A link that stopped working is dropped from the list. */
export function forgetBoard(id: string): void {
  writeJson(
    KEY,
    loadRecentBoards().filter((b) => b.id !== id),
  );
}
