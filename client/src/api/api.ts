/**
 * The HTTP API, through Hono's typed client (`hc`) made from the server's route tree: bodies and
 * responses are the server's own types, not restated here. Failures become `ApiError` with the
 * server's error code, or `network` when the server could not be reached at all.
 */
import { type ClientResponse, hc, type InferRequestType, type InferResponseType } from 'hono/client';
import type { ApiRoutes } from '../../../server/http/apiRoutes';
import type { Role } from '../../../shared/board/types';

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

const api = hc<ApiRoutes>('/api');
const boards = api.boards;
const board = boards[':id'];

/** Request headers: the link token and, where it matters, the participant identity. */
function headers(token?: string, participant?: string): Record<string, string> {
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(participant ? { 'x-participant': participant } : {}) };
}

/** Turns a failed response into the server's error (`{error: {code, message}}`), or a network failure into `network`. */
async function ok<R extends ClientResponse<unknown, number, string> | Response>(request: Promise<R>): Promise<R> {
  let response: R;
  try {
    response = await request;
  } catch (error) {
    throw new ApiError('network', (error as Error).message);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(body?.error?.code ?? 'internal', body?.error?.message ?? response.statusText, response.status);
  }
  return response;
}

/** The body type of a route's responses (a union when a route answers in several ways). */
type BodyOf<R> = R extends ClientResponse<infer T, number, string> ? T : never;

/** The JSON of a successful response, typed by the route. */
async function json<R extends ClientResponse<unknown, number, string>>(request: Promise<R>): Promise<BodyOf<R>> {
  return (await (await ok(request)).json()) as BodyOf<R>;
}

/**
 * Calls an API path outside the typed tree (downloads, version bytes) and returns the response
 * once it is OK; anything else becomes an `ApiError`.
 */
export async function apiFetch(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const all = new Headers(init.headers);
  if (init.token) all.set('authorization', `Bearer ${init.token}`);
  if (init.body) all.set('content-type', 'application/json');
  return ok(fetch(path, { ...init, headers: all }));
}

/** What `POST /api/boards` takes. Give at most one of `from` and `import`. */
export type NewBoardInput = InferRequestType<typeof boards.$post>['json'];
export type CreatedBoard = InferResponseType<typeof boards.$post, 201>;
export type BoardInfo = InferResponseType<(typeof board)['$get'], 200>;
/** The share links a facilitator can show again; null where a link must be rotated first. */
export type ShareLinks = InferResponseType<(typeof board)['links']['$get'], 200>['links'];
export type BallotState = InferResponseType<(typeof board)['ballot']['$get'], 200>;
export type Criterion = InferResponseType<(typeof board)['scores']['$get'], 200>['criteria'][number];

/** `createToken`: the operator's creation token, on servers that require one. */
export const createBoard = (input: NewBoardInput, createToken?: string) => json(boards.$post({ json: input }, { headers: headers(createToken) }));

export const getBoard = (boardId: string, token: string) => json(board.$get({ param: { id: boardId } }, { headers: headers(token) }));

export const rotateLink = (boardId: string, role: Role, token: string) =>
  json(board.links[':role'].rotate.$post({ param: { id: boardId, role } }, { headers: headers(token) }));

export const getShareLinks = (boardId: string, token: string) => json(board.links.$get({ param: { id: boardId } }, { headers: headers(token) }));

/** Registers this person on the board; the returned token binds their ballot, marks and authorship. */
export const joinAsParticipant = (boardId: string, token: string, name: string) =>
  json(board.participants.$post({ param: { id: boardId }, json: { name } }, { headers: headers(token) }));

export const getBallot = (boardId: string, token: string, participant: string) =>
  json(board.ballot.$get({ param: { id: boardId } }, { headers: headers(token, participant) }));

export const castVote = (boardId: string, token: string, participant: string, cardId: string, delta: 1 | -1) =>
  json(board.votes.$post({ param: { id: boardId }, json: { cardId, delta } }, { headers: headers(token, participant) }));

/** For the facilitator: identities that may vote, those holding votes, and the votes placed. */
export const getBallotSummary = (boardId: string, token: string) => json(board.ballots.$get({ param: { id: boardId } }, { headers: headers(token) }));

export const getMyScores = (boardId: string, token: string, participant: string) =>
  json(board.scores.$get({ param: { id: boardId } }, { headers: headers(token, participant) }));

/** Facilitator only: how many initiatives each expert has scored (never the marks). */
export const getScoringProgress = (boardId: string, token: string) =>
  json(board.scores.progress.$get({ param: { id: boardId } }, { headers: headers(token), init: { cache: 'no-store' } }));

export const submitScores = (boardId: string, token: string, participant: string, cardId: string, marks: Record<string, number>) =>
  json(board.scores.$post({ param: { id: boardId }, json: { cardId, marks } }, { headers: headers(token, participant) }));

export const listVersions = (boardId: string, token: string) => json(board.versions.$get({ param: { id: boardId } }, { headers: headers(token) }));

export const saveVersion = (boardId: string, token: string, name: string, trigger: 'manual' | 'restore') =>
  json(board.versions.$post({ param: { id: boardId }, json: { name, trigger } }, { headers: headers(token) }));

/** What the home page needs to know: whether creating a board needs the operator's token. */
export const getServerInfo = () => json(api.server.$get());

const admin = api.admin.boards;
const adminBoard = admin[':id'];

/** One board as the operator console lists it. */
export type AdminBoard = InferResponseType<typeof admin.$get, 200>['boards'][number];
export type RotatedLinks = InferResponseType<(typeof adminBoard)['rotate']['$post'], 200>['links'];

/** Every board on the server; `adminToken` is the operator token the server was started with. */
export const listAdminBoards = (adminToken: string) => json(admin.$get({}, { headers: headers(adminToken) }));

/** The board's JSON export, as the response (its content-disposition names the file). */
export const exportAdminBoard = (boardId: string, adminToken: string) =>
  ok(adminBoard.export.$get({ param: { id: boardId } }, { headers: headers(adminToken) }));

/** Replaces all four links of a board; the old ones stop working at once. */
export const rotateAdminBoardLinks = (boardId: string, adminToken: string) =>
  json(adminBoard.rotate.$post({ param: { id: boardId } }, { headers: headers(adminToken) }));

/** Deletes a board for good: content, versions, ballots, links. */
export const deleteAdminBoard = async (boardId: string, adminToken: string): Promise<void> => {
  await ok(adminBoard.$delete({ param: { id: boardId } }, { headers: headers(adminToken) }));
};

/** The server's clock. */
export const getServerTime = () => json(api.time.$get({}, { init: { cache: 'no-store' } }));

/** Merges cards into the one `mergeTarget` picks, moving their votes and marks with them. */
export const mergeCards = (boardId: string, token: string, cards: string[]) =>
  json(board.cards.merge.$post({ param: { id: boardId }, json: { cards } }, { headers: headers(token) }));

/** Facilitator only: pairs of alike cards within a track. */
export const getDuplicates = (boardId: string, token: string) =>
  json(board.duplicates.$get({ param: { id: boardId } }, { headers: headers(token), init: { cache: 'no-store' } }));

/** Facilitator only: this pair is not a duplicate; it is not suggested again. */
export const dismissDuplicate = (boardId: string, token: string, a: string, b: string) =>
  json(board.duplicates.dismiss.$post({ param: { id: boardId }, json: { a, b } }, { headers: headers(token) }));
