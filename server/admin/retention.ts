/**
 * Retention: boards nobody has touched for `retainDays` are deleted, so that a server kept for
 * years holds only what its operator is allowed to keep. "Touched" is the store's last
 * activity: any edit, vote, join or phase change written to one of the board's documents.
 * Opening a board without writing does not count.
 */
import type { Logger } from '../log';
import type { BoardSummary } from './boardSummaries';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The boards whose last activity is older than `retainDays` days before `now`. */
export function expiredBoards<T extends Pick<BoardSummary, 'lastActivityAt'>>(boards: readonly T[], now: number, retainDays: number): T[] {
  const cutoff = now - retainDays * DAY_MS;
  return boards.filter((board) => board.lastActivityAt < cutoff);
}

export interface RetentionRun {
  /** Boards on the server (with what the log should say about them). */
  list(): Promise<BoardSummary[]>;
  /** Deletes one board; resolves false when it was already gone. */
  remove(id: string): Promise<boolean>;
  retainDays: number;
  now(): number;
  log: Logger;
  /** List what would go, delete nothing. */
  dryRun?: boolean;
}

/** One pass: finds the expired boards, logs each, and deletes them unless `dryRun`. Resolves with them. */
export async function applyRetention(run: RetentionRun): Promise<BoardSummary[]> {
  const expired = expiredBoards(await run.list(), run.now(), run.retainDays);
  for (const board of expired) {
    const fields = {
      action: 'retention',
      boardId: board.id,
      title: board.title,
      lastActivityAt: new Date(board.lastActivityAt).toISOString(),
      retainDays: run.retainDays,
    };
    if (run.dryRun) {
      run.log.info({ ...fields, dryRun: true }, 'retention would delete a board');
      continue;
    }
    try {
      if (await run.remove(board.id)) run.log.info(fields, 'retention deleted a board');
    } catch (error) {
      // One board that cannot be deleted now (store busy) must not keep the others; next pass retries.
      run.log.error({ ...fields, err: error }, 'retention could not delete a board; retrying on the next pass');
    }
  }
  return expired;
}

/** When passes run: the first `firstDelayMs` after start, then every `intervalMs`. */
export interface RetentionTiming {
  firstDelayMs: number;
  intervalMs: number;
}

/**
 * Runs retention soon after start and then every `intervalMs`, never two passes at once.
 * Returns a stop function.
 */
export function scheduleRetention(run: RetentionRun, options: RetentionTiming): () => void {
  let running: Promise<unknown> | null = null;
  const pass = () => {
    if (running) return;
    running = applyRetention(run)
      .catch((error: unknown) => run.log.error({ err: error }, 'retention pass failed; retrying on the next pass'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(pass, options.firstDelayMs);
  const every = setInterval(pass, options.intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
