/** The participant identity of an API call: `X-Participant: <participantId>.<secret>`. */
import type * as Y from 'yjs';
import type { Participant } from '../../shared/board/participants';
import type { Role } from '../../shared/board/types';
import { verifyParticipant } from '../auth/participantTokens';

export const PARTICIPANT_HEADER = 'x-participant';

export function participantFromHeader(privateDoc: Y.Doc, header: string | undefined, linkRole: Role): Participant {
  return verifyParticipant(privateDoc, header, linkRole);
}
