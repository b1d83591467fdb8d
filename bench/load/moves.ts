/**
 * Pre-built card moves, one sequence per simulated editor, each with its own Yjs client id.
 * Building them before the clock starts keeps the generator cheap while it sends: a send is a
 * timestamp patch and a `ws.send`.
 */
import * as Y from 'yjs';
import { listCards, listLanes, moveCard, updateCard } from '../../shared/board';
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
      // Switching the doc's client id gives each editor its own Yjs identity in one shared doc.
      doc.clientID = scripts[e]!.clientId;
      doc.transact(() => {
        moveCard(doc, card.id, { laneId: lane, index: 0 });
        updateCard(doc, card.id, { owner: marker(e) });
      });
      const frame = syncFrame(framing, UPDATE, captured!);
      scripts[e]!.moves.push({ frame, at: findPlaceholder(frame, marker(e)) });
    }
  }
  doc.off('update', capture);
  return scripts;
}
