/**
 * Participant identities: `<participantId>.<secret>`, issued when a person joins a board through
 * a link, presented as `X-Participant` to the API and as `?p=` to the WebSocket. The secret is
 * compared by hash in constant time. An identity belongs to the link role it was made with: one
 * made through a viewer link does not vote through an editor link.
 */
import { timingSafeEqual } from 'node:crypto';
import type * as Y from 'yjs';
import { getParticipant, type Participant } from '../../shared/board/participants';
import type { Role } from '../../shared/board/types';
import { AppError } from '../errors';
import { hashLinkToken } from './linkTokens';

const TOKEN = /^([A-Za-z0-9_-]{6,64})\.([A-Za-z0-9_-]{16,128})$/;

/** Whether a string is shaped like a participant token (checked before any lookup). */
export const isParticipantToken = (token: string | undefined): token is string => typeof token === 'string' && TOKEN.test(token);

/**
 * The participant a token names, checked against the private document and the link's role.
 * Throws `unauthorized` without an identity, `identity-unknown` for an unknown one or one made
 * with another link's role.
 */
export function verifyParticipant(privateDoc: Y.Doc, token: string | undefined, linkRole: Role): Participant {
  const match = token?.match(TOKEN);
  if (!match) throw new AppError('unauthorized', 'join the board first: this needs your participant identity');
  const participant = getParticipant(privateDoc, match[1]!);
  const presented = Buffer.from(hashLinkToken(match[2]!), 'hex');
  const stored = Buffer.from(participant?.secretHash ?? '', 'hex');
  if (!participant || stored.length !== presented.length || !timingSafeEqual(stored, presented)) {
    throw new AppError('identity-unknown', 'unknown participant identity; join the board again');
  }
  if (participant.role !== linkRole) {
    throw new AppError('identity-unknown', `this identity joined with the ${participant.role} link; join again with this link`);
  }
  return participant;
}
