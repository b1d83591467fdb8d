/**
 * The client benchmark's board: `bench/bigBoard.ts`'s cards (same titles, every fifth an
 * initiative), laid out over lanes widened so that the board is about as wide as it is tall,
 * and the same notes as plain data for the peer pages.
 */
import type * as Y from 'yjs';
import { CANVAS, cardRect, laneFrames, listCards, listLanes, resizeLaneFrame } from '../../shared/board';
import { fillBoard } from '../bigBoard';
import type { BoardData } from './pages/src/boardData';

/**
 * Fills an initialised board with `count` cards. The lanes are widened first because cards go
 * to their lane's first free grid slot: in default 720-unit lanes (3 columns) 5,000 cards make
 * a board 3,000 wide and 68,000 tall, past the lanes' 20,000 height limit and nothing like a
 * board people pan over. Widened, each lane holds its share in a near-square grid.
 */
export function fillNoteBoard(doc: Y.Doc, count: number): void {
  const lanes = listLanes(doc);
  if (lanes.length === 0) throw new Error('fillNoteBoard: the board has no lanes (create it through the API or initBoardContent first)');
  const perLane = Math.ceil(count / lanes.length);
  const pitch = { w: CANVAS.card.default.w + CANVAS.cardGap, h: CANVAS.card.default.h + CANVAS.cardGap };
  // Columns c and rows perLane/c with lanes·c·pitch.w ≈ (perLane/c)·pitch.h.
  const columns = Math.max(3, Math.ceil(Math.sqrt((perLane * pitch.h) / (lanes.length * pitch.w))));
  const width = columns * pitch.w - CANVAS.cardGap + 2 * CANVAS.lanePadding;
  const height = Math.max(CANVAS.lane.default.h, CANVAS.laneHeader + 2 * CANVAS.lanePadding + Math.ceil(perLane / columns) * pitch.h);
  doc.transact(() => {
    for (const [i, lane] of lanes.entries()) resizeLaneFrame(doc, lane.id, { x: i * (width + CANVAS.laneGap), y: 0, w: width, h: height });
  });
  fillBoard(doc, count);
}

/** The board as the peer pages draw it: frames and notes where Stratboard's canvas puts them. */
export function boardData(doc: Y.Doc): BoardData {
  const frames = laneFrames(doc);
  return {
    lanes: listLanes(doc).map((lane) => ({ title: lane.title, ...lane.frame })),
    notes: listCards(doc).map((card) => ({ id: card.id, text: card.title, initiative: card.kind === 'initiative', ...cardRect(card, frames) })),
  };
}
