/**
 * Saving and opening named versions of a board's content. The relay saves one at every phase
 * change; facilitators save one on demand and before a restore (see historyRoutes.ts). Content
 * equal to the newest version is not saved again, and a board keeps its newest
 * `MAX_VERSIONS_PER_BOARD` versions.
 */
import { nanoid } from 'nanoid';
import * as Y from 'yjs';
import { readMeta } from '../../shared/board/meta';
import { migrateContent } from '../../shared/board/migrations';
import type { Phase } from '../../shared/board/types';
import type { Logger } from '../log';
import type { BoardRoom } from '../relay/BoardRoom';
import type { CommitPipeline } from '../relay/CommitPipeline';
import type { DocStore, SavedVersion, VersionTrigger } from '../store/DocStore';
import { contentDigest } from './contentDigest';
import { phaseVersionName } from './versionNames';

/**
 * How many versions a board keeps; saving one more drops the oldest. A session has six phases
 * and a handful of manual saves and restores, so this is many sessions' worth, while a board
 * saved in a loop cannot grow the store without end.
 */
export const MAX_VERSIONS_PER_BOARD = 100;

/** What saving a version needs from the server. */
export interface VersionDeps {
  store: DocStore;
  pipeline: CommitPipeline;
}

/**
 * Saves the board's content as it is now as a version, unless the newest version already holds
 * equal content: then that one is returned with `unchanged: true`. The state is taken at once
 * (the moment the facilitator asked for, or the phase changed); it is written only once the
 * commits pending by then are settled, so a version does not get ahead of the update log. (If
 * such a commit fails, the relay evicts the board and its clients send those edits again.)
 */
export async function captureVersion(
  deps: VersionDeps,
  board: BoardRoom,
  input: { name: string; trigger: VersionTrigger; now?: number },
): Promise<SavedVersion> {
  const { doc } = board.content;
  const version = {
    id: nanoid(12),
    name: input.name,
    createdAt: input.now ?? Date.now(),
    trigger: input.trigger,
    state: Y.encodeStateAsUpdate(doc),
    digest: contentDigest(doc),
  };
  await deps.pipeline.drained();
  return deps.store.saveVersion(board.boardId, version, MAX_VERSIONS_PER_BOARD);
}

/**
 * The relay's phase hook: a version named after the new phase, in the board's language. A
 * failure is logged, never thrown: the phase change itself has happened and must stand.
 */
export function savePhaseVersion(deps: VersionDeps & { log: Logger }, board: BoardRoom, phase: Phase): void {
  const name = phaseVersionName(phase, readMeta(board.content.doc).locale);
  captureVersion(deps, board, { name, trigger: 'phase' }).then(
    (version) =>
      version.unchanged
        ? deps.log.debug({ boardId: board.boardId, version: version.id, phase }, 'no version saved at phase change: content as in the newest version')
        : deps.log.info({ boardId: board.boardId, version: version.id, phase }, 'version saved at phase change'),
    (error: unknown) => deps.log.warn({ err: error, boardId: board.boardId, phase }, 'could not save the version of a phase change'),
  );
}

/**
 * A stored version as a content document at the current schema, or null if there is none.
 * Old versions are migrated here, once for every reader, so a restore never brings an old
 * layout back into a live board.
 */
export async function openVersion(store: DocStore, boardId: string, versionId: string): Promise<Y.Doc | null> {
  const version = await store.loadVersion(boardId, versionId);
  if (!version) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version.state);
  migrateContent(doc);
  return doc;
}
