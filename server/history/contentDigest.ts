/**
 * The digest that tells whether two versions hold the same content. It is taken over the
 * content as plain data, not over the Yjs state: a restore re-creates equal content with new
 * items (a different state), and that must still count as unchanged.
 */
import { createHash } from 'node:crypto';
import type * as Y from 'yjs';
import { readBoardContent } from '../../shared/board/read';

/** SHA-256 (hex) of the board's content as JSON, with object keys sorted. */
export function contentDigest(doc: Y.Doc): string {
  return createHash('sha256')
    .update(JSON.stringify(readBoardContent(doc), sortedKeys))
    .digest('hex');
}

/**
 * JSON.stringify replacer: plain objects with their keys sorted, so the digest does not depend
 * on the order in which a reader happened to set fields. Arrays keep their order (it is content).
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
