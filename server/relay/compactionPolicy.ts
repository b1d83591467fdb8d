/**
 * When a document's update log is merged into its snapshot. A merge costs about the size of
 * the whole document, not of the log: on a 5,000-card board (2.7 MB) ~0.3 s on the merge
 * worker plus reading and writing the snapshot on the relay's thread. Compacting such a board
 * every 1,000 small edits (every 5 s at 200 editors) took CPU from fan-out on a 2-core machine:
 * p99 propagation 13–26 ms against 8–10 ms with compaction off.
 *
 * So, as log-structured stores do, a log is merged once it is a share of the document's size
 * as well as `compactAfterUpdates` long: the merging cost per byte written is then the same for
 * a small board and a big one. A log is never left longer than `MAX_LOG_FACTOR` times
 * `compactAfterUpdates`, which bounds what a load has to replay (10,000 updates: ~0.1 s).
 */

/** What a document has in its log, and its size as stored. */
export interface LogStats {
  /** Updates appended since the last compaction. */
  uncompacted: number;
  /** Their bytes. */
  uncompactedBytes: number;
  /** Snapshot plus log as stored; merging only shrinks it, so this is an upper bound. */
  storedBytes: number;
}

/** The log is merged once its bytes reach this share of the stored document. */
export const LOG_SHARE = 0.25;
export const MAX_LOG_FACTOR = 10;

export function shouldCompact(stats: LogStats, compactAfterUpdates: number): boolean {
  if (stats.uncompacted < compactAfterUpdates) return false;
  return stats.uncompactedBytes >= LOG_SHARE * stats.storedBytes || stats.uncompacted >= MAX_LOG_FACTOR * compactAfterUpdates;
}

/** Counts an update appended to the log. */
export function appended(stats: LogStats, bytes: number): void {
  stats.uncompacted++;
  stats.uncompactedBytes += bytes;
  stats.storedBytes += bytes;
}

/**
 * Takes out of the log what a compaction merged: `merged` updates out of the `before` the log
 * held when it started (updates appended meanwhile stay). Bytes of a partial merge are taken
 * in proportion.
 */
export function compacted(stats: LogStats, before: Pick<LogStats, 'uncompacted' | 'uncompactedBytes'>, merged: number): void {
  const share = before.uncompacted === 0 ? 1 : Math.min(1, merged / before.uncompacted);
  stats.uncompacted = Math.max(0, stats.uncompacted - merged);
  stats.uncompactedBytes = stats.uncompacted === 0 ? 0 : Math.max(0, stats.uncompactedBytes - Math.round(before.uncompactedBytes * share));
}
