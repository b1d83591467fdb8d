/**
 * The operator replaces every link of a board at once (a facilitator link leaked, or a board
 * handed to another team): four new tokens, the share links sealed again under the new
 * facilitator token. The old links open nothing from the moment the store has the new hashes.
 */
import { ROLES, type Role } from '../../shared/board/types';
import { hashLinkToken, newLinkToken } from '../auth/linkTokens';
import { sealAll, SHARED_ROLES } from '../auth/sealedLinks';
import type { DocStore } from '../store/DocStore';

/** Writes new links for every role; resolves with their tokens, or null for an unknown board. */
export async function rotateAllLinks(store: DocStore, boardId: string): Promise<Record<Role, string> | null> {
  const tokens = Object.fromEntries(ROLES.map((role) => [role, newLinkToken()])) as Record<Role, string>;
  const linkHashes = Object.fromEntries(ROLES.map((role) => [role, hashLinkToken(tokens[role])])) as Record<Role, string>;
  const shared = Object.fromEntries(SHARED_ROLES.map((role) => [role, tokens[role]]));
  const sealedLinks = sealAll(shared, tokens.facilitator, boardId);
  const rotated = await store.rotateLink(boardId, () => ({ linkHashes, sealedLinks }));
  return rotated ? tokens : null;
}
