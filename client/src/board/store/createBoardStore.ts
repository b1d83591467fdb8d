/**
 * The board as a Solid store, kept in step with the content document. Updates are
 * fine-grained: a change to one card reconciles that card only, and a lane's id list is
 * recomputed only when a card enters, leaves or moves — so typing into one card does not
 * re-render the two thousand others.
 */
import { type Accessor, batch, createSignal } from 'solid-js';
import { createStore, produce, reconcile, unwrap } from 'solid-js/store';
import type * as Y from 'yjs';
import {
  getCard,
  listCards,
  listClusters,
  listComments,
  listGroups,
  listLanes,
  observeBoard,
  observeSession,
  readMeta,
  readSession,
  type BoardChange,
  type BoardMeta,
  type Card,
  type CardId,
  type Cluster,
  type Comment,
  type Group,
  type Lane,
  type SessionState,
} from '../../../../shared/board';

export interface BoardState {
  meta: BoardMeta;
  lanes: Lane[];
  groups: Group[];
  /** Clusters of notes; a card's `cluster` names one (or one removed meanwhile: check here). */
  clusters: Cluster[];
  cards: Record<string, Card>;
  /** Card ids per lane id, in display order; the parking lot's under `PARKED`. */
  laneCards: Record<string, string[]>;
  comments: Record<string, Comment[]>;
  session: SessionState;
}

/** From this many cards changed in one transaction on, the store is rebuilt from the whole list. */
const BULK_CARDS = 200;

/** The key of the parking lot's cards in `laneCards`: no lane has an empty id. */
export const PARKED = '';

function groupByLane(cards: Card[]): Record<string, string[]> {
  const byLane: Record<string, string[]> = {};
  for (const card of cards) (byLane[card.laneId ?? PARKED] ??= []).push(card.id);
  return byLane;
}

function groupComments(comments: Comment[]): Record<string, Comment[]> {
  const byCard: Record<string, Comment[]> = {};
  for (const comment of comments) (byCard[comment.cardId] ??= []).push(comment);
  return byCard;
}

export function createBoardStore(content: Y.Doc, session: Y.Doc) {
  const cards = listCards(content);
  const [state, setState] = createStore<BoardState>({
    meta: readMeta(content),
    lanes: listLanes(content),
    groups: listGroups(content),
    clusters: listClusters(content),
    cards: Object.fromEntries(cards.map((card) => [card.id, card])),
    laneCards: groupByLane(cards),
    comments: groupComments(listComments(content)),
    session: readSession(session),
  });

  // Bumped with each transaction that touched a card, in the same batch as the store's change.
  const [cardsVersion, setCardsVersion] = createSignal(0);

  // What reads the board's cards beside the store (the canvas's spatial index) takes them from
  // it once it holds the change, instead of reading and parsing every card from Yjs again.
  const applied = new Set<(change: BoardChange) => void>();
  const stopBoard = observeBoard(content, (change) => {
    batch(() => {
      if (change.meta) setState('meta', reconcile(readMeta(content)));
      if (change.lanes.size > 0) setState('lanes', reconcile(listLanes(content), { key: 'id' }));
      if (change.groups) setState('groups', reconcile(listGroups(content), { key: 'id' }));
      if (change.clusters) setState('clusters', reconcile(listClusters(content), { key: 'id' }));
      if (change.cards.size >= BULK_CARDS) {
        // A board arriving whole (the first sync, a restore): each card read once, one reconcile.
        const all = listCards(content);
        setState('cards', reconcile(Object.fromEntries(all.map((card) => [card.id, card]))));
        setState('laneCards', reconcile(groupByLane(all)));
      } else updateCards(change.cards);
      for (const cardId of change.comments) setState('comments', cardId, listComments(content, cardId));
      if (change.cards.size > 0) setCardsVersion((v) => v + 1);
    });
    for (const listener of applied) listener(change);
  });
  const updateCards = (ids: ReadonlySet<CardId>) => {
    let positionsChanged = false;
    for (const id of ids) {
      const next = getCard(content, id);
      const previous = state.cards[id];
      if (!next) {
        if (previous) {
          positionsChanged = true;
          setState(
            'cards',
            produce((all) => void delete all[id]),
          );
        }
        continue;
      }
      if (!previous || previous.laneId !== next.laneId || previous.order !== next.order) positionsChanged = true;
      setState('cards', id, reconcile(next));
    }
    if (positionsChanged) setState('laneCards', reconcile(groupByLane(listCards(content))));
  };
  const stopSession = observeSession(session, (next) => setState('session', reconcile(next)));

  /**
   * Every card as a plain object, for what sums up the whole board (counts, the filters' choices):
   * it re-runs at any card change, but reading 5,000 cards through the store's proxies would
   * subscribe to each of their fields, which cost a tenth of a second when a big board arrived.
   */
  const plainCards: Accessor<Readonly<Record<string, Card>>> = () => {
    cardsVersion();
    return unwrap(state.cards);
  };

  return {
    state,
    plainCards,
    /** Calls `listener` with each change of the content once the store holds it; returns the unsubscribe. */
    onApplied(listener: (change: BoardChange) => void): () => void {
      applied.add(listener);
      return () => applied.delete(listener);
    },
    dispose: () => {
      stopBoard();
      stopSession();
    },
  };
}

export type BoardStore = ReturnType<typeof createBoardStore>;
