/**
 * A spatial index (rbush) of the cards' canvas rectangles, kept up to date from the board's
 * transactions: only the cards a transaction touched are re-indexed, and all of them when a
 * lane's frame changed (card places are relative to their lane). The canvas asks it which
 * cards are in or near the viewport, so only those are in the DOM.
 *
 * It reads the cards the store already parsed, after the store took in each change: reading
 * them from Yjs again cost as much as building the store when a 5,000-card board arrived.
 */
import RBush from 'rbush';
import { createSignal } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { cardRect, type Rect } from '../../../../shared/board';
import type { BoardStore } from '../store/createBoardStore';

interface Item {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  id: string;
}

const itemOf = (id: string, rect: Rect): Item => ({ minX: rect.x, minY: rect.y, maxX: rect.x + rect.w, maxY: rect.y + rect.h, id });

export function createCardIndex(store: Pick<BoardStore, 'state' | 'onApplied'>) {
  const tree = new RBush<Item>();
  const items = new Map<string, Item>();
  // Plain objects under the store's proxies: nothing here needs to be tracked, and proxies are slow to walk.
  const cards = () => unwrap(store.state.cards);
  const laneFrames = () => new Map(unwrap(store.state.lanes).map((lane) => [lane.id as string, lane.frame]));
  let frames = laneFrames();
  // Bumped once per transaction that moved anything: what reads the index depends on it.
  const [version, setVersion] = createSignal(0);

  const rebuild = () => {
    frames = laneFrames();
    tree.clear();
    items.clear();
    for (const card of Object.values(cards())) items.set(card.id, itemOf(card.id, cardRect(card, frames)));
    tree.load([...items.values()]);
  };
  rebuild();

  const stop = store.onApplied((change) => {
    if (change.lanes.size > 0) rebuild();
    else if (change.cards.size > 0) {
      for (const id of change.cards) {
        const old = items.get(id);
        if (old) tree.remove(old);
        items.delete(id);
        const card = cards()[id];
        if (!card) continue;
        const item = itemOf(id, cardRect(card, frames));
        items.set(id, item);
        tree.insert(item);
      }
    } else return;
    setVersion((v) => v + 1);
  });

  return {
    version,
    /** Ids of the cards that touch `rect`. */
    search(rect: Rect): string[] {
      return tree.search({ minX: rect.x, minY: rect.y, maxX: rect.x + rect.w, maxY: rect.y + rect.h }).map((item) => item.id);
    },
    /** How many cards there are. */
    count: (): number => {
      version();
      return items.size;
    },
    /** Every card's rectangle, for "fit all" and the minimap. */
    rects(): Rect[] {
      return [...items.values()].map((item) => ({ x: item.minX, y: item.minY, w: item.maxX - item.minX, h: item.maxY - item.minY }));
    },
    dispose: stop,
  };
}

export type CardIndex = ReturnType<typeof createCardIndex>;
