/**
 * What a facilitator does to a track, from its header in the list or its frame's menu on the
 * canvas: rename, recolour, move one place, remove (after asking, as one undo step).
 */
import { moveLane, removeLane, renameLane, setLaneColor } from '../../../../shared/board';
import type { Color, Lane } from '../../../../shared/board/types';
import type { Board } from '../BoardContext';

export function laneActions(board: Board, lane: () => Lane, confirmRemoval: (lane: Lane, cards: number) => boolean) {
  const index = () => board.state.lanes.findIndex((candidate) => candidate.id === lane().id);
  return {
    index,
    isFirst: () => index() <= 0,
    isLast: () => index() >= board.state.lanes.length - 1,
    /** Renames to the trimmed title; an empty or unchanged one changes nothing. */
    rename: (title: string) => {
      if (title.trim() && title.trim() !== lane().title) renameLane(board.doc, lane().id, title);
    },
    recolour: (color: Color) => setLaneColor(board.doc, lane().id, color),
    moveBy: (step: -1 | 1) => moveLane(board.doc, lane().id, index() + step),
    remove: () => {
      const cards = board.state.laneCards[lane().id]?.length ?? 0;
      if (!confirmRemoval(lane(), cards)) return;
      board.deleteWithUndo(() => removeLane(board.doc, lane().id));
    },
  };
}
