/**
 * Saving and opening named versions of a board's content. The relay saves one at every phase
 * change; facilitators save one on demand and before a restore (see historyRoutes.ts).
 */
import { nanoid } from 'nanoid';
import * as Y from 'yjs';
import { readMeta } from '../../shared/board/meta';
import { migrateContent } from '../../shared/board/migrations';
import type { Phase } from '../../shared/board/types';
import type { Logger } from '../log';
import type { BoardRoom } from '../relay/BoardRoom';
import type { CommitPipeline } from '../relay/CommitPipeline';
import type { DocStore, VersionInfo, VersionTrigger } from '../store/DocStore';
import { phaseVersionName } from './versionNames';

/** What saving a version needs from the server. */
export interface VersionDeps {
  store: DocStore;
  pipeline: CommitPipeline;
}

/**
 * Saves the board's content as it is now as a version. The state is taken at once (the moment
 * the facilitator asked for, or the phase changed); it is written only once the commits
 * pending by then are settled, so a version does not get ahead of the update log. (If such a
 * commit fails, the relay evicts the board and its clients send those edits again.)
 */
export async function captureVersion(
  deps: VersionDeps,
  board: BoardRoom,
  input: { name: string; trigger: VersionTrigger; now?: number },
): Promise<VersionInfo> {
  const info: VersionInfo = { id: nanoid(12), name: input.name, createdAt: input.now ?? Date.now(), trigger: input.trigger };
  const state = Y.encodeStateAsUpdate(board.content.doc);
  await deps.pipeline.drained();
  await deps.store.saveVersion(board.boardId, { ...info, state });
  return info;
}

/**
 * The relay's phase hook: a version named after the new phase, in the board's language. A
 * failure is logged, never thrown: the phase change itself has happened and must stand.
 */
export function savePhaseVersion(deps: VersionDeps & { log: Logger }, board: BoardRoom, phase: Phase): void {
  const name = phaseVersionName(phase, readMeta(board.content.doc).locale);
  captureVersion(deps, board, { name, trigger: 'phase' }).then(
    (version) => deps.log.info({ boardId: board.boardId, version: version.id, phase }, 'version saved at phase change'),
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
