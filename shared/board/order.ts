/**
 * Ordering with fractional-index keys: inserting between two items writes only the new
 * item's key, so concurrent inserts and moves never rewrite each other's positions.
 */
import { generateKeyBetween } from 'fractional-indexing';

/** Anything placed by a fractional-index key, with its id as the tie-break. */
export interface Ordered {
  id: string;
  order: string;
}

/**
 * Sorts by (order, id). Two replicas inserting at the same spot can pick the same key; the
 * id tie-break still gives every replica the same order.
 */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Key that places a new item at `index` of an already sorted list (end when omitted; indexes
 * past either end are clamped). A moved item must not be in `sorted` itself.
 */
export function keyAt(sorted: readonly Ordered[], index?: number): string {
  const at = index === undefined || Number.isNaN(index) ? sorted.length : Math.max(0, Math.min(Math.trunc(index), sorted.length));
  const before = sorted[at - 1]?.order ?? null;
  let after = sorted[at]?.order ?? null;
  // Equal neighbours (a concurrent-insert tie) leave no room between them; go after both.
  if (before !== null && after !== null && after <= before) {
    let next = at;
    while (next < sorted.length && sorted[next]!.order <= before) next++;
    after = sorted[next]?.order ?? null;
  }
  return generateKeyBetween(before, after);
}

/** True when a string is a usable fractional-index key. */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}
