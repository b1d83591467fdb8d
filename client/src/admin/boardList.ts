/** The console's list as pure functions: search, sort and human-readable sizes. */
import type { AdminBoard } from '../api/api';

export const SORT_KEYS = ['lastActivityAt', 'createdAt', 'bytes'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; descending: boolean };

/** Boards whose title, place or id contains every word of `query` (case-insensitive). */
export function searchBoards(boards: readonly AdminBoard[], query: string): AdminBoard[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...boards];
  return boards.filter((board) => {
    const haystack = `${board.title}\n${board.place ?? ''}\n${board.id}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Sorted by one column; ties keep the newest activity first, so the order never jumps. */
export function sortBoards(boards: readonly AdminBoard[], sort: Sort): AdminBoard[] {
  const sign = sort.descending ? -1 : 1;
  return [...boards].sort((a, b) => sign * (a[sort.key] - b[sort.key]) || b.lastActivityAt - a.lastActivityAt || a.id.localeCompare(b.id));
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "840 B", "12.4 KB", "1.3 MB" in the locale's words (binary multiples, as disk tools count). */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    // English has no short form for bytes ("840 byte"), only the narrow one ("840B").
    unitDisplay: unit === 0 ? 'narrow' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

/** A board's date (`YYYY-MM-DD`, a calendar day) in the locale, not shifted by the time zone. */
export function formatDay(day: string, locale: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(time);
}

/** What a delete must be confirmed with: the title, or the id of a board without one. */
export const confirmationOf = (board: Pick<AdminBoard, 'id' | 'title'>) => board.title.trim() || board.id;
