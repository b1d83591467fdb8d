/**
 * Tab and Shift+Tab on a canvas card (and J/K anywhere on the canvas) go to the next card in reading order, wherever it is:
 * selected (so it is rendered even off screen), brought into view, then focused. At either end
 * the key is left alone and focus leaves the canvas as usual.
 */
import type { Board } from '../BoardContext';
import { panToShow } from './camera';
import type { CanvasGeometry } from './canvasGeometry';
import type { CanvasState } from './createCanvasState';
import { readingOrder, stepThrough } from './readingOrder';

function cardsInReadingOrder(board: Board, geometry: CanvasGeometry): string[] {
  const lanes = new Map(board.state.lanes.map((lane, index) => [lane.id as string, index]));
  return readingOrder(
    Object.values(board.state.cards).flatMap((card) => {
      const rect = geometry.rectOf(card.id);
      return rect ? [{ id: card.id as string, lane: card.laneId ? (lanes.get(card.laneId) ?? -1) : -1, x: rect.x, y: rect.y }] : [];
    }),
  );
}

export function focusNextCard(board: Board, state: CanvasState, geometry: CanvasGeometry, fromId: string, direction: 1 | -1): boolean {
  return focusCard(state, geometry, stepThrough(cardsInReadingOrder(board, geometry), fromId, direction));
}

/** The first card in reading order, for J with nothing selected. */
export function focusFirstCard(board: Board, state: CanvasState, geometry: CanvasGeometry): boolean {
  return focusCard(state, geometry, cardsInReadingOrder(board, geometry)[0] ?? null);
}

function focusCard(state: CanvasState, geometry: CanvasGeometry, next: string | null | undefined): boolean {
  const rect = next ? geometry.rectOf(next) : null;
  if (!next || !rect) return false;
  state.select([next]);
  state.setCamera((camera) => panToShow(camera, rect, state.viewport()));
  // Rendered on the next frame if it was off screen.
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-canvas-card="${CSS.escape(next)}"]`)?.focus());
  return true;
}
