/**
 * Roadmap carry-over: the next session starts from the last one. A new board takes the past
 * session's tracks and copies its priority initiatives, each with a roadmap status and the
 * session it came from, so the room reviews what became of them.
 */
import type * as Y from 'yjs';
import { copiedCardMap } from './cardCopy';
import { cardsMap } from './docMaps';
import { newCardId } from './ids';
import { addLane, listLanes } from './lanes';
import { readMeta } from './meta';
import { compareOrdered, keyAt } from './order';
import { freeSlot } from './placement';
import { positionsInLane } from './positionIndex';
import type { BoardContent, BoardMeta, Card, CardId, CardOrigin, LaneId, Locale } from './types';
import { LIMITS } from './validation';

/** Lane for carried initiatives whose past track had no title (or no longer existed). */
const UNTITLED_TRACK: Record<Locale, string> = { ru: 'Инициативы прошлой сессии', en: 'Initiatives from the last session' };

/**
 * The initiatives a next session inherits: the past board's priority cards, track by track in
 * display order (an uploaded file may list them in any order).
 */
export function carriedInitiatives(past: BoardContent): Card[] {
  const laneIndex = new Map<string | null, number>(past.lanes.map((lane, i) => [lane.id, i]));
  const at = (card: Card) => laneIndex.get(card.laneId) ?? past.lanes.length;
  return past.cards.filter((card) => card.status === 'priority').sort((a, b) => at(a) - at(b) || compareOrdered(a, b));
}

const trackTitle = (title: string) => title.trim().slice(0, LIMITS.title);

/**
 * The past session's tracks as lanes of a new board: titles in order, each once. Blank titles
 * are left out (a lane needs one); their initiatives land in a lane of their own.
 */
export function pastTracks(past: BoardContent): { title: string }[] {
  const titles = new Set<string>();
  for (const lane of past.lanes) if (trackTitle(lane.title)) titles.add(trackTitle(lane.title));
  return [...titles].slice(0, LIMITS.listEntries).map((title) => ({ title }));
}

/** The past session as recorded on its carried initiatives; its date, else the day it was made. */
export function sessionOrigin(meta: BoardMeta, boardId: string | null): CardOrigin {
  const made = meta.createdAt > 0 ? new Date(meta.createdAt).toISOString().slice(0, 10) : '';
  return { boardId, title: meta.title.slice(0, LIMITS.title), date: meta.date || made };
}

/**
 * Copies the past session's priority initiatives onto `doc`, in one transaction, each into the
 * lane titled like its old track (added at the right when missing). Every field is copied;
 * ids are new. A card already on an earlier roadmap keeps its status and first origin, so an
 * initiative's history survives several sessions; the others start `not-started`.
 *
 * Cards are written whole rather than through `addCard`: they come from a record that passed
 * the content schema (or a reader), while `addCard`'s input rules (non-empty trimmed title,
 * tags) are for people typing, and would refuse a faithful copy of an odd old card.
 */
export function carryOverInitiatives(doc: Y.Doc, past: BoardContent, origin: CardOrigin, now = Date.now()): CardId[] {
  const pastTitles = new Map<string | null, string>(past.lanes.map((lane) => [lane.id, trackTitle(lane.title)]));
  const fallback = UNTITLED_TRACK[readMeta(doc).locale];
  const lanes = new Map<string, LaneId>();
  for (const lane of listLanes(doc)) if (!lanes.has(lane.title)) lanes.set(lane.title, lane.id);
  const ids: CardId[] = [];
  doc.transact((transaction) => {
    for (const card of carriedInitiatives(past)) {
      const title = pastTitles.get(card.laneId) || fallback;
      let laneId = lanes.get(title);
      if (!laneId) {
        laneId = addLane(doc, { title });
        lanes.set(title, laneId);
      }
      const id = newCardId();
      // The index sees this transaction's earlier copies, so each takes the next order and slot.
      const siblings = positionsInLane(transaction, laneId);
      const order = keyAt(siblings);
      const at = freeSlot(doc, laneId, siblings, card.size);
      cardsMap(doc).set(
        id,
        copiedCardMap(card, {
          position: { lane: laneId, order, ...at },
          author: card.author,
          roadmap: { status: card.roadmap ?? 'not-started', origin: card.origin ?? origin },
          now,
        }),
      );
      ids.push(id);
    }
  });
  return ids;
}
