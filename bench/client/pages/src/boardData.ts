/**
 * What the benchmark hands the peer pages (`/board.json`) and what the pages hand back on
 * `window`, and how far the board reaches. No React here: the root project imports it too.
 */

/** Each lane's frame and each note's rectangle and text, in Stratboard's canvas units. */
export interface BoardData {
  lanes: Array<{ title: string; x: number; y: number; w: number; h: number }>;
  notes: Array<{ id: string; text: string; initiative: boolean; x: number; y: number; w: number; h: number }>;
}

/** The right and bottom edges of everything on the board (it starts at 0, 0), in canvas units. */
export function boardExtent(board: BoardData): { right: number; bottom: number } {
  const rects = [...board.lanes, ...board.notes];
  return { right: Math.max(...rects.map((rect) => rect.x + rect.w)), bottom: Math.max(...rects.map((rect) => rect.y + rect.h)) };
}

/** What a page exposes once its app is up. */
export interface BenchHooks {
  /** The current zoom (1 = 100 %), so the driver can zoom each app over the same range. */
  benchZoom?: () => number;
}
