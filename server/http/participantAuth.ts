/**
 * Participant identity for ballots: `X-Participant: <participantId>.<secret>`, issued when a
 * person joins through a link. The secret is compared by hash in constant time.
 */
import { timingSafeEqual } from 'node:crypto';
import { getParticipant, type Participant } from '../../shared/board/participants';
import type * as Y from 'yjs';
import { hashLinkToken } from '../auth/linkTokens';
import { AppError } from '../errors';

export const PARTICIPANT_HEADER = 'x-participant';

export function participantFromHeader(privateDoc: Y.Doc, header: string | undefined): Participant {
  const match = header?.match(/^([A-Za-z0-9_-]{6,64})\.([A-Za-z0-9_-]{16,128})$/);
  if (!match) throw new AppError('unauthorized', 'join the board first: this needs your participant identity (X-Participant)');
  const participant = getParticipant(privateDoc, match[1]!);
  const presented = Buffer.from(hashLinkToken(match[2]!), 'hex');
  const stored = Buffer.from(participant?.secretHash ?? '', 'hex');
  if (!participant || stored.length !== presented.length || !timingSafeEqual(stored, presented)) {
    throw new AppError('unauthorized', 'unknown participant identity; join the board again');
  }
  return participant;
}
