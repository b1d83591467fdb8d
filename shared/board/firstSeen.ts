/**
 * What each card and comment was first created with (author, and a card's origin), kept by the
 * server in the private document. A record brought back by undo (its author's or anyone's) is
 * created again under the same id, carrying its old author: the relay accepts that author for
 * that id only, and a writer's own name for anything new (see `updatePolicy.ts`).
 */
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { PRIVATE } from './keys';
import { cardOriginSchema } from './schema/cardRecord';
import { boundedText, LIMITS } from './schema/values';
import type { FirstSeen } from './updatePolicy';

const firstSeenMap = (privateDoc: Y.Doc) => privateDoc.getMap<unknown>(PRIVATE.authors);

/** What the record with this id was first created with, or null when it never was (or the entry is unreadable). */
export function readFirstSeen(privateDoc: Y.Doc, id: string): FirstSeen | null {
  const raw = firstSeenMap(privateDoc).get(id) as { author?: unknown; origin?: unknown } | undefined;
  if (!raw || typeof raw !== 'object') return null;
  const author = boundedText(LIMITS.author).safeParse(raw.author);
  const origin = z.nullable(cardOriginSchema).safeParse(raw.origin ?? null);
  return author.success && origin.success ? { author: author.data, origin: origin.data } : null;
}

/** Records new records' first author and origin; ids already known keep what they have. Returns whether it wrote. */
export function recordFirstSeen(privateDoc: Y.Doc, records: ReadonlyArray<{ id: string } & FirstSeen>): boolean {
  const map = firstSeenMap(privateDoc);
  const fresh = records.filter((record) => !map.has(record.id));
  if (fresh.length === 0) return false;
  privateDoc.transact(() => {
    for (const record of fresh) map.set(record.id, { author: record.author, origin: record.origin });
  });
  return true;
}
