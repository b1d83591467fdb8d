/**
 * What the scoring sheet lists: the shortlisted initiatives track by track, in each track's own
 * order, then those in the parking lot, so every expert meets them in the order the board shows.
 */
import { isShortlisted } from '../../../../shared/board/rules';
import type { Card } from '../../../../shared/board/types';
import { type BoardState, PARKED } from '../store/createBoardStore';

export function sheetInitiatives(state: Pick<BoardState, 'lanes' | 'laneCards' | 'cards'>): Card[] {
  const order = [...state.lanes.map((lane) => lane.id), PARKED];
  return order.flatMap((laneId) =>
    (state.laneCards[laneId] ?? []).flatMap((id) => {
      const card = state.cards[id];
      return card && isShortlisted(card) ? [card] : [];
    }),
  );
}

/** What a key does on the sheet: a digit 1–5 marks the criterion in focus; J and K (by position, whatever the layout) step between initiatives. */
export type SheetAction = { mark: number } | { go: 1 | -1 } | null;

export function sheetKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>): SheetAction {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const digit = /^(?:Digit|Numpad)([1-5])$/.exec(event.code)?.[1] ?? (/^[1-5]$/.test(event.key) ? event.key : undefined);
  if (digit) return { mark: Number(digit) };
  if (event.code === 'KeyJ') return { go: 1 };
  if (event.code === 'KeyK') return { go: -1 };
  return null;
}

/** After a mark given from the keyboard on criterion `index` of `count`: the next criterion, or on to the next initiative after the last. */
export const stepAfterMark = (index: number, count: number): { criterion: number } | 'next-initiative' =>
  index + 1 < count ? { criterion: index + 1 } : 'next-initiative';
