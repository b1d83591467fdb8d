/**
 * This person's participant identity on a board (per link role), made when they enter the board
 * and kept on this device. The server binds ballots, expert marks, group membership and the
 * authorship of cards and comments to it; its name is the one people see on what they write.
 */
import { ROLES, type Role } from '../../../../shared/board/types';
import { joinAsParticipant } from '../../api/api';
import { readJson, writeJson } from '../../local/storage';

export interface ParticipantIdentity {
  /** The participant id: also this person's key in breakout groups. */
  id: string;
  /** `<id>.<secret>`: sent as `X-Participant` and as `?p=` to the WebSocket. */
  token: string;
  /** The name the server knows them by. */
  name: string;
}

const storageKey = (boardId: string, role: Role) => `stratboard.participant.${boardId}.${role}`;

function readStored(boardId: string, role: Role): ParticipantIdentity | null {
  const stored = readJson<unknown>(storageKey(boardId, role), null);
  if (typeof stored !== 'object' || stored === null) return null;
  const { token, name } = stored as { token?: unknown; name?: unknown };
  if (typeof token !== 'string' || typeof name !== 'string' || !/^[A-Za-z0-9_-]{6,64}\.[A-Za-z0-9_-]{16,128}$/.test(token)) return null;
  return { id: token.split('.')[0]!, token, name };
}

type Joined = Awaited<ReturnType<typeof joinAsParticipant>>;

/**
 * A first visit (no identity on this board under any role) joins while the board's details are
 * still on their way: the two requests run side by side, not one after the other. A device that
 * holds an identity must know the link's role to pick it, so it waits (and usually needs no join).
 */
export function joinEarly(options: { boardId: string; token: string; name: string }): { name: string; joined: Promise<Joined> } | null {
  if (ROLES.some((role) => readStored(options.boardId, role) !== null)) return null;
  const joined = joinAsParticipant(options.boardId, options.token, options.name);
  // Nobody awaits it when the link turns out bad: that error has its own page.
  joined.catch(() => undefined);
  return { name: options.name, joined };
}

/**
 * The identity this device holds for the board under this name, or a new one from the server
 * (the early join's, when it was made under the same name).
 */
export async function loadOrJoin(options: {
  boardId: string;
  token: string;
  role: Role;
  name: string;
  early?: ReturnType<typeof joinEarly>;
}): Promise<ParticipantIdentity> {
  const stored = readStored(options.boardId, options.role);
  if (stored && stored.name === options.name) return stored;
  const joined = await (options.early?.name === options.name ? options.early.joined : joinAsParticipant(options.boardId, options.token, options.name));
  const identity = { id: joined.participantId, token: joined.participantToken, name: joined.name };
  writeJson(storageKey(options.boardId, options.role), { token: identity.token, name: identity.name });
  return identity;
}

/**
 * The server no longer knows the stored identity (a restored board, a copied browser profile):
 * forget it and load the page again, which joins with a new one.
 */
export function joinAgain(boardId: string, role: Role): void {
  writeJson(storageKey(boardId, role), null);
  location.reload();
}
