/** Named versions of a board's content (history), as the server stores and the API lists them. */

/** What made a version: a phase change, a facilitator's "Save version", or a restore. */
export type VersionTrigger = 'phase' | 'manual' | 'restore';

/** A named version of a board's content, as listed (without its state). */
export interface VersionInfo {
  /** Unique within the board; made by the caller (random). */
  id: string;
  name: string;
  /** Epoch milliseconds. */
  createdAt: number;
  trigger: VersionTrigger;
}
