/**
 * The board-history endpoints (facilitators only): the typed API for the list and saving, and a
 * plain fetch for a version's content, which comes back as bytes, not JSON.
 */
import type { VersionInfo } from '../../../../shared/history/versions';
import * as api from '../../api/api';
import { apiFetch } from '../../api/api';

export type { VersionInfo, VersionTrigger } from '../../../../shared/history/versions';

const versionsPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`;

/** The board's versions, newest first. */
export async function listVersions(boardId: string, token: string): Promise<VersionInfo[]> {
  return (await api.listVersions(boardId, token)).versions;
}

/**
 * Saves the board's content as it is on the server now. When it equals the newest version the
 * server keeps nothing new and answers with that version, `unchanged`.
 */
export const saveVersion = (boardId: string, token: string, name: string, trigger: 'manual' | 'restore' = 'manual') =>
  api.saveVersion(boardId, token, name, trigger);

/** A version's content as a Yjs update (already migrated to the current schema by the server). */
export async function fetchVersionState(boardId: string, token: string, versionId: string): Promise<Uint8Array> {
  const response = await apiFetch(`${versionsPath(boardId)}/${encodeURIComponent(versionId)}`, { token });
  return new Uint8Array(await response.arrayBuffer());
}
