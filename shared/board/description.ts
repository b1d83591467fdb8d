/**
 * A card's description: a Y.Text, so two people typing in one description both keep their
 * characters. The UI binds its editor to `cardDescription`; the other two are conveniences.
 */
import * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { cardMapOrThrow } from './cards';
import { cardsMap, entity } from './docMaps';
import { CARD } from './keys';
import type { CardId } from './types';
import { descriptionSchema, indexSchema, LIMITS, parseInput } from './validation';

/** The collaborative description, or null for an unknown card; the UI binds its editor to it. */
export function cardDescription(doc: Y.Doc, id: CardId): Y.Text | null {
  const text = entity(cardsMap(doc), id)?.get(CARD.description);
  return text instanceof Y.Text ? text : null;
}

/**
 * Replaces the whole description (imports, tests); typing goes through the Y.Text. Keeps the
 * same Y.Text when there is one, so editors bound to it stay bound.
 */
export function setDescription(doc: Y.Doc, id: CardId, text: string, now = Date.now()): void {
  const value = parseInput(descriptionSchema, text);
  const map = cardMapOrThrow(doc, id);
  doc.transact(() => {
    let ytext = map.get(CARD.description);
    if (!(ytext instanceof Y.Text)) {
      ytext = new Y.Text();
      map.set(CARD.description, ytext);
    }
    const y = ytext as Y.Text;
    y.delete(0, y.length);
    y.insert(0, value);
    map.set(CARD.updatedAt, now);
  });
}

/**
 * One edit of the description as typed: delete `remove` characters at `index`, then insert
 * `insert` there. Editors call this per keystroke, so concurrent typing merges by character.
 */
export function spliceDescription(doc: Y.Doc, id: CardId, index: number, remove: number, insert: string, now = Date.now()): void {
  const at = parseInput(indexSchema, index);
  const count = parseInput(indexSchema, remove);
  const map = cardMapOrThrow(doc, id);
  const text = cardDescription(doc, id);
  if (!text) throw new BoardModelError('not-found', `card ${id} has no description`);
  const start = Math.min(at, text.length);
  const removed = Math.min(count, text.length - start);
  if (text.length - removed + insert.length > LIMITS.description) throw new BoardModelError('invalid-input', 'description: too long');
  doc.transact(() => {
    if (removed > 0) text.delete(start, removed);
    if (insert) text.insert(start, insert);
    map.set(CARD.updatedAt, now);
  });
}
