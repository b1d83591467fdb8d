/**
 * The board-history endpoints as typed functions (facilitators only). Kept beside the feature
 * rather than in `api/api.ts` because a version's content comes back as bytes, not JSON.
 */
import type { VersionInfo } from '../../../../shared/history/versions';
import { apiFetch } from '../../api/api';

export type { VersionInfo, VersionTrigger } from '../../../../shared/history/versions';

const versionsPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`;

const call = (path: string, token: string, init: RequestInit = {}) => apiFetch(path, { ...init, token });

/** The board's versions, newest first. */
export async function listVersions(boardId: string, token: string): Promise<VersionInfo[]> {
  const body = (await (await call(versionsPath(boardId), token)).json()) as { versions: VersionInfo[] };
  return body.versions;
}

/**
 * Saves the board's content as it is on the server now. When it equals the newest version the
 * server keeps nothing new and answers with that version, `unchanged`.
 */
export async function saveVersion(
  boardId: string,
  token: string,
  name: string,
  trigger: 'manual' | 'restore' = 'manual',
): Promise<VersionInfo & { unchanged?: boolean }> {
  const response = await call(versionsPath(boardId), token, { method: 'POST', body: JSON.stringify({ name, trigger }) });
  return (await response.json()) as VersionInfo & { unchanged?: boolean };
}

/** A version's content as a Yjs update (already migrated to the current schema by the server). */
export async function fetchVersionState(boardId: string, token: string, versionId: string): Promise<Uint8Array> {
  const response = await call(`${versionsPath(boardId)}/${encodeURIComponent(versionId)}`, token);
  return new Uint8Array(await response.arrayBuffer());
}
