/**
 * What the benchmark hands the peer pages (`/board.json`) and what the pages hand back on
 * `window`. Types only: the root project imports them too, without the pages' React setup.
 */

/** Each lane's frame and each note's rectangle and text, in Stratboard's canvas units. */
export interface BoardData {
  lanes: Array<{ title: string; x: number; y: number; w: number; h: number }>;
  notes: Array<{ id: string; text: string; initiative: boolean; x: number; y: number; w: number; h: number }>;
}

/** What a page exposes once its app is up. */
export interface BenchHooks {
  /** The current zoom (1 = 100 %), so the driver can zoom each app over the same range. */
  benchZoom?: () => number;
}
