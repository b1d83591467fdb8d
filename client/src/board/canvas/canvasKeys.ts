/**
 * The canvas's keyboard shortcuts (tinykeys): zoom (+, −, 0 = 100 %, Shift+1 fit all,
 * Shift+2 fit selection), N for a new note, H and V for the hand and select tools, Delete,
 * Ctrl/⌘+D duplicate, Ctrl/⌘+G group into a cluster (Shift: ungroup), Ctrl/⌘+A select all, arrows nudge (Shift: ten times as far), Escape;
 * S puts the selection on the shortlist (or takes it off), J and K step to the next and previous
 * card in reading order, so shortlisting goes card by card without the mouse.
 * Copy and paste go through the clipboard events, so they work across boards and tabs. None
 * fires while someone types in a field or a dialog is open.
 */
import { tinykeys } from 'tinykeys';
import { addCard, CANVAS, copyCards, LIMITS, parseClip, pasteCards, placementAt, setShortlisted } from '../../../../shared/board';
import { isShortlisted } from '../../../../shared/board/rules';
import { focusNextCard, focusFirstCard } from './canvasFocus';
import type { Board } from '../BoardContext';
import type { BoardView } from '../view/createBoardView';
import { asOneStep, deleteSelection, duplicateSelection, groupSelection, moveCardsBy, selectedCards, ungroupSelection } from './canvasActions';
import type { CanvasGeometry } from './canvasGeometry';
import { visibleRect } from './camera';
import type { CanvasState } from './createCanvasState';
import { isTyping, selectionBounds } from './CanvasView';

interface Context {
  board: Board;
  /** While a card is open, its dialog has the keys. */
  view: BoardView;
  state: CanvasState;
  geometry: CanvasGeometry;
  viewport: HTMLElement;
}

export function bindCanvasKeys({ board, view, state, geometry, viewport }: Context): () => void {
  const guarded =
    (run: (event: KeyboardEvent) => void, editing = false) =>
    (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.isComposing || view.openCardId() || document.querySelector('dialog[open]')) return;
      if (editing && !board.canEdit()) return;
      event.preventDefault();
      run(event);
    };
  const selectedIds = () => selectedCards(board, state);
  const centre = () => {
    const view = visibleRect(state.camera(), state.viewport());
    return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  };
  const nudge = (dx: number, dy: number) =>
    guarded((event) => {
      const step = event.shiftKey ? 10 : 1;
      moveCardsBy(board, geometry, selectedIds(), { x: dx * step, y: dy * step });
    }, true);

  /** J/K from the selected card (the first one of a selection), or from the board's first card. */
  const step = (direction: 1 | -1) =>
    guarded(() => {
      const from = selectedIds()[0];
      if (from) focusNextCard(board, state, geometry, from, direction);
      else focusFirstCard(board, state, geometry);
    });
  const unbind = tinykeys(window, {
    Equal: guarded(() => state.zoomStep(1)),
    'Shift+Equal': guarded(() => state.zoomStep(1)),
    NumpadAdd: guarded(() => state.zoomStep(1)),
    Minus: guarded(() => state.zoomStep(-1)),
    NumpadSubtract: guarded(() => state.zoomStep(-1)),
    Digit0: guarded(() => state.zoomTo(1)),
    Numpad0: guarded(() => state.zoomTo(1)),
    'Shift+Digit1': guarded(() => state.fit(geometry.boardBounds())),
    'Shift+Digit2': guarded(() => state.fit(selectionBounds(state.selected(), geometry.rectOf))),
    // N starts a note in the middle of the view; the note tool (rail) places one where you click.
    KeyN: guarded(() => board.offersNewIdeas() && state.setDraft({ at: geometry.noteCornerAt(centre()) }), true),
    KeyH: guarded(() => state.setTool('hand')),
    KeyV: guarded(() => state.setTool('select')),
    Escape: guarded(() => {
      state.clearSelection();
      state.setTool('select');
    }),
    KeyS: guarded(() => {
      const ids = selectedIds();
      if (ids.length === 0) return;
      const on = !ids.every((id) => isShortlisted(board.state.cards[id]!));
      asOneStep(board, () => setShortlisted(board.doc, ids, on));
    }, true),
    KeyJ: step(1),
    KeyK: step(-1),
    '$mod+KeyA': guarded(() => state.select(Object.keys(board.state.cards))),
    '$mod+KeyD': guarded(() => duplicateSelection(board, state), true),
    '$mod+KeyG': guarded(() => groupSelection(board, state), true),
    '$mod+Shift+KeyG': guarded(() => ungroupSelection(board, state), true),
    Delete: guarded(() => deleteSelection(board, state), true),
    Backspace: guarded(() => deleteSelection(board, state), true),
    ArrowLeft: nudge(-1, 0),
    ArrowRight: nudge(1, 0),
    ArrowUp: nudge(0, -1),
    ArrowDown: nudge(0, 1),
    'Shift+ArrowLeft': nudge(-1, 0),
    'Shift+ArrowRight': nudge(1, 0),
    'Shift+ArrowUp': nudge(0, -1),
    'Shift+ArrowDown': nudge(0, 1),
  });

  // Clipboard events carry the data without asking for clipboard permissions.
  const inCanvas = (event: Event) =>
    !isTyping(event.target) && !view.openCardId() && (viewport.contains(document.activeElement) || document.activeElement === document.body);
  const onCopy = (event: ClipboardEvent) => {
    if (!inCanvas(event) || state.selected().size === 0) return;
    const clip = copyCards(board.doc, selectedIds());
    if (!clip || !event.clipboardData) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', JSON.stringify(clip));
  };
  const onPaste = (event: ClipboardEvent) => {
    if (!inCanvas(event) || !board.canEdit() || !event.clipboardData) return;
    const text = event.clipboardData.getData('text/plain');
    const clip = parseClip(text);
    event.preventDefault();
    const at = geometry.noteCornerAt(centre());
    asOneStep(board, () => {
      if (clip) state.select(pasteCards(board.doc, clip, at, board.name));
      else if (text.trim()) {
        // Plain text becomes a note with that text, where the viewport's centre is.
        const placed = placementAt(geometry.frames(), { ...at, ...CANVAS.card.default });
        const id = addCard(board.doc, {
          laneId: placed.laneId,
          at: { x: placed.x, y: placed.y },
          title: text.trim().slice(0, LIMITS.title),
          author: board.name,
        });
        state.select([id]);
      }
    });
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('paste', onPaste);
  return () => {
    unbind();
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('paste', onPaste);
  };
}
