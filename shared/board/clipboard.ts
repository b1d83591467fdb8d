/**
 * Copy, paste and duplicate of cards. A copy is plain JSON (`Clip`) that the client puts on
 * the system clipboard, so cards can be pasted into another board, another tab or another
 * server; pasted text is untrusted and parsed with `clipSchema` first. Pasted cards are new
 * cards by the person pasting: content and size come along, votes, comments, status and
 * roadmap do not.
 */
import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { keysOnTop, placedCards, placementAt } from './canvas';
import { type CardContent, copiedCardMap } from './cardCopy';
import { cardsMap } from './docMaps';
import { boundsOf, type Point } from './geometry';
import { newCardId } from './ids';
import { keyAt } from './order';
import { laneFrames } from './placement';
import { positionsInLane } from './positionIndex';
import { cardRecord } from './schema/cardRecord';
import { coordinateSchema, LIMITS } from './schema/values';
import type { CardId } from './types';
import { parseInput } from './validation';

/** Most cards one paste may bring. */
export const MAX_CLIP_CARDS = 500;

/** One copied card: its content (as the card record describes it) and where it sat in the selection. */
type ClipCard = Omit<CardContent, 'status'> & {
  /** Offset of the card's top-left corner from the copied selection's. */
  dx: number;
  dy: number;
};
const clipCardSchema = z.extend(
  z.pick(cardRecord.plain as unknown as z.ZodMiniObject, {
    kind: true,
    title: true,
    description: true,
    owner: true,
    partners: true,
    resources: true,
    stages: true,
    tags: true,
    color: true,
    size: true,
  }),
  { dx: coordinateSchema, dy: coordinateSchema },
) as unknown as z.ZodMiniType<ClipCard>;

/** Copied cards, as they travel through the clipboard. */
export const clipSchema = z.object({
  format: z.literal('stratboard-cards'),
  version: z.literal(1),
  cards: z.array(clipCardSchema).check(z.minLength(1), z.maxLength(MAX_CLIP_CARDS)),
});
export type Clip = z.infer<typeof clipSchema>;

/** The cards with these ids as a clip (bottom of the stack first); null when none exists. */
export function copyCards(doc: Y.Doc, ids: readonly CardId[]): Clip | null {
  return copyWithOrigin(doc, ids)?.clip ?? null;
}

/** The clip, and the canvas point its offsets are measured from (the selection's top-left corner). */
function copyWithOrigin(doc: Y.Doc, ids: readonly CardId[]): { clip: Clip; origin: Point } | null {
  const placed = placedCards(doc, ids);
  const bounds = boundsOf(placed.map(({ rect }) => rect));
  if (!bounds) return null;
  const cards = placed.map(({ card, rect }): ClipCard => {
    const { kind, title, description, owner, partners, resources, stages, tags, color, size } = card;
    return { kind, title, description, owner, partners, resources, stages, tags, color, size, dx: rect.x - bounds.x, dy: rect.y - bounds.y };
  });
  return { clip: { format: 'stratboard-cards', version: 1, cards }, origin: bounds };
}

/** A clip from clipboard text; null when the text is not one (plain text is pasted as a note by the caller). */
export function parseClip(text: string): Clip | null {
  if (text.length > MAX_CLIP_CARDS * (LIMITS.description + 20 * LIMITS.title)) return null;
  try {
    const parsed = clipSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Adds the clip's cards with their top-left corner at `at` (canvas coordinates), on top of
 * every other card, each in the lane that holds its centre. One undo step; returns the new ids.
 */
export function pasteCards(doc: Y.Doc, clip: Clip, at: Point, author: string, now = Date.now()): CardId[] {
  const { cards } = parseInput(clipSchema, clip);
  const frames = laneFrames(doc);
  const zs = keysOnTop(doc, cards.length);
  const ids: CardId[] = [];
  doc.transact((transaction) => {
    cards.forEach((card, i) => {
      const placed = placementAt(frames, { x: at.x + card.dx, y: at.y + card.dy, ...card.size });
      const lane = placed.laneId ?? '';
      const id = newCardId();
      const position = { lane, order: keyAt(positionsInLane(transaction, lane)), x: placed.x, y: placed.y };
      cardsMap(doc).set(id, copiedCardMap({ ...card, status: 'idea' }, { position, z: zs[i]!, author, now }));
      ids.push(id);
    });
  });
  return ids;
}

/** Copies of the cards, a little below and to the right of them (Ctrl+D); returns the new ids. */
export function duplicateCards(doc: Y.Doc, ids: readonly CardId[], author: string, offset: Point = { x: 24, y: 24 }, now = Date.now()): CardId[] {
  const copied = copyWithOrigin(doc, ids);
  if (!copied) return [];
  return pasteCards(doc, copied.clip, { x: copied.origin.x + offset.x, y: copied.origin.y + offset.y }, author, now);
}
