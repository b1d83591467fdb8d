/**
 * The HTTP API as typed functions. Failures become `ApiError` with the server's error code,
 * or `network` when the server could not be reached at all.
 */
import type { Lane, Locale, Role, TemplateName } from '../../../shared/board/types';

export type ApiErrorCode =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'invalid-request'
  | 'payload-too-large'
  | 'unavailable'
  | 'internal'
  | string;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

export interface CreatedBoard {
  id: string;
  title: string;
  links: Record<Role, string>;
  /** Initiatives carried over, when the board continues a past session. */
  carriedOver?: number;
}

/** What `POST /api/boards` takes. Give at most one of `from` and `import`. */
export interface NewBoardInput {
  title: string;
  /** Without `template` and `lanes`, a board continuing a past session takes that session's tracks. */
  template?: TemplateName;
  locale: Locale;
  lanes?: { title: string }[];
  place?: string;
  date?: string;
  /** Continue a past board of this server, read with any of its links. */
  from?: { boardId: string; token: string };
  /** Continue the session of an uploaded JSON export (the export's object, as parsed). */
  import?: unknown;
}

export interface BoardInfo {
  id: string;
  title: string;
  role: Role;
  lanes: Lane[];
  createdAt: string;
  locale: Locale;
  place: string;
  date: string;
}

/**
 * Calls the API and returns the response once it is OK; anything else becomes an `ApiError`
 * with the server's error code and message (or `network` when the server was not reached).
 */
export async function apiFetch(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (init.body) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (error) {
    throw new ApiError('network', (error as Error).message);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(body?.error?.code ?? 'internal', body?.error?.message ?? response.statusText, response.status);
  }
  return response;
}

async function request<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  return (await (await apiFetch(path, init)).json()) as T;
}

export function createBoard(input: NewBoardInput) {
  return request<CreatedBoard>('/api/boards', { method: 'POST', body: JSON.stringify(input) });
}

export function getBoard(boardId: string, token: string) {
  return request<BoardInfo>(`/api/boards/${encodeURIComponent(boardId)}`, { token });
}

export function rotateLink(boardId: string, role: Role, token: string) {
  return request<{ link: string }>(`/api/boards/${encodeURIComponent(boardId)}/links/${role}/rotate`, { method: 'POST', token });
}

/** The share links a facilitator can show again; null where a link must be rotated first. */
export type ShareLinks = Record<'editor' | 'expert' | 'viewer', string | null>;

export function getShareLinks(boardId: string, token: string) {
  return request<{ links: ShareLinks }>(`/api/boards/${encodeURIComponent(boardId)}/links`, { token });
}

export interface BallotState {
  budget: number;
  maxPerCard: number;
  used: number;
  remaining: number;
  votes: Record<string, number>;
}

/** Registers this person on the board; the returned token binds their ballot. */
export function joinAsParticipant(boardId: string, token: string, name: string) {
  return request<{ participantId: string; participantToken: string; name: string }>(`/api/boards/${encodeURIComponent(boardId)}/participants`, {
    method: 'POST',
    token,
    body: JSON.stringify({ name }),
  });
}

export function getBallot(boardId: string, token: string, participant: string) {
  return request<BallotState>(`/api/boards/${encodeURIComponent(boardId)}/ballot`, { token, headers: { 'x-participant': participant } });
}

export function castVote(boardId: string, token: string, participant: string, cardId: string, delta: 1 | -1) {
  return request<BallotState>(`/api/boards/${encodeURIComponent(boardId)}/votes`, {
    method: 'POST',
    token,
    headers: { 'x-participant': participant },
    body: JSON.stringify({ cardId, delta }),
  });
}

/** For the facilitator: identities that may vote, those holding votes, and the votes placed. */
export function getBallotSummary(boardId: string, token: string) {
  return request<{ identities: number; withVotes: number; votes: number }>(`/api/boards/${encodeURIComponent(boardId)}/ballots`, { token });
}

export interface Criterion {
  id: string;
  title: string;
  weight: number;
  inverted: boolean;
}

export function getMyScores(boardId: string, token: string, participant: string) {
  return request<{ criteria: Criterion[]; marks: Record<string, Record<string, number>> }>(`/api/boards/${encodeURIComponent(boardId)}/scores`, {
    token,
    headers: { 'x-participant': participant },
  });
}

export function submitScores(boardId: string, token: string, participant: string, cardId: string, marks: Record<string, number>) {
  return request<{ marks: Record<string, Record<string, number>> }>(`/api/boards/${encodeURIComponent(boardId)}/scores`, {
    method: 'POST',
    token,
    headers: { 'x-participant': participant },
    body: JSON.stringify({ cardId, marks }),
  });
}
