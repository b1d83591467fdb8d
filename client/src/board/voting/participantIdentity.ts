/**
 * This person's participant identity on a board (per link role), created on first need and
 * kept on this device. Ballots and expert marks are bound to it by the server.
 */
import type { Role } from '../../../../shared/board/types';
import { joinAsParticipant } from '../../api/api';
import { readJson, writeJson } from '../../local/storage';

export function createParticipantIdentity(options: { boardId: string; token: string; role: Role; name: string }) {
  const key = `stratboard.participant.${options.boardId}.${options.role}`;
  let identity: Promise<string> | null = null;
  return {
    get: () =>
      (identity ??= (async () => {
        const stored = readJson<string>(key, '');
        if (stored) return stored;
        const joined = await joinAsParticipant(options.boardId, options.token, options.name);
        writeJson(key, joined.participantToken);
        return joined.participantToken;
      })()),
    /** The server no longer knows the stored identity (e.g. a restored board): make a new one next time. */
    forget: () => {
      writeJson(key, '');
      identity = null;
    },
  };
}

export type ParticipantIdentity = ReturnType<typeof createParticipantIdentity>;
