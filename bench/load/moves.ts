/**
 * Pre-built card moves, one sequence per simulated editor, each with its own Yjs client id.
 * Building them before the clock starts keeps the generator cheap while it sends: a send is a
 * timestamp patch and a `ws.send`.
 */
import * as Y from 'yjs';
import { listCards, listLanes, updateCard, type LaneId } from '../../shared/board';
import { cardMapOrThrow } from '../../shared/board/cards';
import { CARD } from '../../shared/board/keys';
import { keyAt } from '../../shared/board/order';
import { UPDATE, syncFrame, type Framing } from './frames';
import { findPlaceholder, placeholder } from './marker';

export interface EditorScript {
  clientId: number;
  moves: Array<{ frame: Uint8Array; at: number }>;
}

export function buildMoves(doc: Y.Doc, framing: Framing, tag: number, editors: number, movesEach: number): EditorScript[] {
  const cards = listCards(doc);
  const lanes = listLanes(doc).map((lane) => lane.id);
  if (cards.length < editors) throw new Error(`board has ${cards.length} cards for ${editors} editors`);
  // Each move puts the card at the top of the next lane. moveCard would compute the same
  // position, but it sorts the whole lane per call (~30 ms on 5,000 cards), which would make
  // building 10,000 moves take minutes; so the top key of each lane is tracked here instead.
  const top = new Map<LaneId, string>();
  for (const card of cards) {
    const current = top.get(card.laneId);
    if (current === undefined || card.order < current) top.set(card.laneId, card.order);
  }
  let captured: Uint8Array | null = null;
  const capture = (update: Uint8Array) => (captured = update);
  doc.on('update', capture);
  const scripts: EditorScript[] = [];
  const usedIds = new Set(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
  for (let e = 0; e < editors; e++) {
    let clientId: number;
    do clientId = 1 + Math.floor(Math.random() * 0x7fff_fff0);
    while (usedIds.has(clientId));
    usedIds.add(clientId);
    scripts.push({ clientId, moves: [] });
  }
  const marker = (e: number) => placeholder(tag, e);
  for (let m = 0; m < movesEach; m++) {
    for (let e = 0; e < editors; e++) {
      const card = cards[e + editors * (m % Math.floor(cards.length / editors))]!;
      const lane = lanes[(m + e) % lanes.length]!;
      const order = keyAt([{ id: '', order: top.get(lane) ?? 'a0' }], 0);
      top.set(lane, order);
      // Switching the doc's client id gives each editor its own Yjs identity in one shared doc.
      doc.clientID = scripts[e]!.clientId;
      doc.transact(() => {
        cardMapOrThrow(doc, card.id).set(CARD.position, { lane, order });
        updateCard(doc, card.id, { owner: marker(e) });
      });
      const frame = syncFrame(framing, UPDATE, captured!);
      scripts[e]!.moves.push({ frame, at: findPlaceholder(frame, marker(e)) });
    }
  }
  doc.off('update', capture);
  return scripts;
}
