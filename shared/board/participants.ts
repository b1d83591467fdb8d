/**
 * Participants: the identity a link join creates, so a ballot is bound to one person. Kept in
 * the server's private document; only a hash of each participant's secret is stored.
 */
import type * as Y from 'yjs';
import { PRIVATE } from './keys';
import { ROLES, type Role } from './types';

/** A person who joined by link; `secretHash` authenticates their later API calls. */
export interface Participant {
  id: string;
  name: string;
  role: Role;
  secretHash: string;
  joinedAt: number;
}

const participantsMap = (privateDoc: Y.Doc) => privateDoc.getMap<Participant>(PRIVATE.participants);

/** Records a participant in the private document. */
export function addParticipant(privateDoc: Y.Doc, participant: Participant): void {
  privateDoc.transact(() => participantsMap(privateDoc).set(participant.id, { ...participant }));
}

/** A participant by id, or null when unknown or malformed. */
export function getParticipant(privateDoc: Y.Doc, id: string): Participant | null {
  const raw = participantsMap(privateDoc).get(id);
  if (!raw || typeof raw !== 'object' || !ROLES.includes(raw.role)) return null;
  return raw;
}

/** How many people joined by link (well-formed records only). */
export function countParticipants(privateDoc: Y.Doc): number {
  let count = 0;
  for (const id of participantsMap(privateDoc).keys()) if (getParticipant(privateDoc, id)) count++;
  return count;
}

/** Every well-formed participant record. */
export function listParticipants(privateDoc: Y.Doc): Participant[] {
  const list: Participant[] = [];
  for (const id of participantsMap(privateDoc).keys()) {
    const participant = getParticipant(privateDoc, id);
    if (participant) list.push(participant);
  }
  return list;
}
