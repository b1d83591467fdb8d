/**
 * A per-device key for this board, used for group membership and to let a facilitator assign
 * a present participant to a group. It is not a secret: it only tells people apart.
 */
import { nanoid } from 'nanoid';
import { readJson, writeJson } from '../../local/storage';

export function memberKeyFor(boardId: string): string {
  const storageKey = `stratboard.member.${boardId}`;
  const stored = readJson<string>(storageKey, '');
  if (/^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
  const key = nanoid(16);
  writeJson(storageKey, key);
  return key;
}
