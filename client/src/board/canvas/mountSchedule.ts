/**
 * Which cards to bring into the DOM next. Zooming in from the painted blocks, or panning into a
 * new stretch of a big board, asks for hundreds of notes at once; mounting them all in one frame
 * stalls it (100 ms and more), so they come in batches, nearest the middle of the view first,
 * and the blocks canvas paints the rest until their turn. Cards someone is working on (the
 * selection, others' drags) come at once.
 */
import type { Point, Rect } from '../../../../shared/board';

/** Notes mounted per frame at most. */
export const MOUNT_PER_FRAME = 30;

/**
 * What is mounted after one step: of `have`, what is still wanted, plus every urgent card that
 * is wanted, plus up to `limit` more of `want`, nearest `centre` first.
 */
export function nextMounted(
  want: readonly string[],
  have: ReadonlySet<string>,
  urgent: Iterable<string>,
  rectOf: (id: string) => Rect | null,
  centre: Point,
  limit = MOUNT_PER_FRAME,
): Set<string> {
  const wanted = new Set(want);
  const next = new Set([...have].filter((id) => wanted.has(id)));
  for (const id of urgent) if (wanted.has(id)) next.add(id);
  const distance = (id: string) => {
    const rect = rectOf(id);
    return rect ? Math.hypot(rect.x + rect.w / 2 - centre.x, rect.y + rect.h / 2 - centre.y) : Number.POSITIVE_INFINITY;
  };
  const missing = want.filter((id) => !next.has(id));
  if (missing.length > limit) {
    const far = new Map(missing.map((id) => [id, distance(id)]));
    missing.sort((a, b) => far.get(a)! - far.get(b)!);
  }
  for (const id of missing.slice(0, limit)) next.add(id);
  return next;
}
