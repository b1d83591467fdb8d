/**
 * The cards zoomed far out: too small to read, each is a block in its colour painted on one
 * <canvas>, instead of thousands of DOM notes that every pan and zoom would have to lay out
 * again (a 5,000-note board fitted whole is 45,000 DOM nodes). Filters dim blocks as they dim
 * notes, others' selections are outlined in their colour and their drags move the blocks live.
 * The canvas sits in the camera layer above the lanes, counter-scaled to screen pixels so it
 * stays sharp; it takes no pointer input (the canvas view hit-tests the cards by position).
 */
import { createEffect, createMemo, onCleanup } from 'solid-js';
import { cardRect, compareStacking, type Rect } from '../../../../shared/board';
import { useBoard } from '../BoardContext';
import { cardMatches } from '../createFilters';
import { useBoardView } from '../view/BoardViewContext';
import { visibleRect } from './camera';
import type { CanvasGeometry } from './canvasGeometry';
import type { RemoteDrag } from './CanvasCard';
import type { CanvasState } from './createCanvasState';

interface Block {
  id: string;
  rect: Rect;
  color: string;
  initiative: boolean;
  dimmed: boolean;
}

export function CardBlocks(props: {
  state: CanvasState;
  geometry: CanvasGeometry;
  /** Whether anything is to be painted (far out, or notes waiting to be mounted): hidden otherwise. */
  shown: boolean;
  /** Cards drawn as DOM notes: not painted. */
  inDom: () => ReadonlySet<string>;
  remoteDrags: () => ReadonlyMap<string, RemoteDrag>;
  remoteSelections: () => ReadonlyMap<string, string>;
}) {
  const board = useBoard();
  const { filters } = useBoardView();
  let canvas!: HTMLCanvasElement;
  // The design tokens the notes are drawn in, read once each.
  const tokens = new Map<string, string>();
  const token = (name: string) => {
    let value = tokens.get(name);
    if (value === undefined) {
      value = getComputedStyle(canvas).getPropertyValue(name).trim();
      tokens.set(name, value);
    }
    return value;
  };
  const colourOf = (name: string) => token(`--color-${name}`) || token('--color-yellow');

  /**
   * Every card's block, in stacking order: changes with the board, not with the camera. The cards
   * are read as plain objects: through the store they would subscribe this to every field of
   * every card (5,000 cards on a big board), which cost as much as painting when the board arrived.
   */
  const blocks = createMemo((): Block[] => {
    const frames = props.geometry.frames();
    const filtering = filters.active();
    const values = filters.values();
    const list = Object.values(board.plainCards()).sort(compareStacking);
    return list.map((card) => ({
      id: card.id,
      rect: cardRect(card, frames),
      color: card.color,
      initiative: card.kind === 'initiative',
      dimmed: filtering && !cardMatches(card, values),
    }));
  });

  // Positioned with the camera at once (the layer's transform changes in the same tick), painted
  // at the next frame: many changes within one frame (a crowd's drags) cost one paint.
  createEffect(() => {
    const { x, y, k } = props.state.camera();
    canvas.style.transform = `translate(${-x / k}px, ${-y / k}px) scale(${1 / k})`;
  });
  let frame = 0;
  createEffect(() => {
    canvas.hidden = !props.shown;
    if (!props.shown) return;
    const input = {
      blocks: blocks(),
      camera: props.state.camera(),
      viewport: props.state.viewport(),
      skip: props.inDom(),
      drags: props.remoteDrags(),
      selections: props.remoteSelections(),
    };
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => paint(input));
  });
  onCleanup(() => cancelAnimationFrame(frame));

  const paint = (input: {
    blocks: Block[];
    camera: { x: number; y: number; k: number };
    viewport: { w: number; h: number };
    skip: ReadonlySet<string>;
    drags: ReadonlyMap<string, RemoteDrag>;
    selections: ReadonlyMap<string, string>;
  }) => {
    const { camera, viewport } = input;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(viewport.w * ratio));
    const height = Math.max(1, Math.round(viewport.h * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${viewport.w}px`;
      canvas.style.height = `${viewport.h}px`;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(camera.k * ratio, 0, 0, camera.k * ratio, camera.x * ratio, camera.y * ratio);
    const view = visibleRect(camera, viewport);
    const hairline = 1 / camera.k;
    let painted = 0;
    for (const block of input.blocks) {
      if (input.skip.has(block.id)) continue;
      const drag = input.drags.get(block.id);
      const x = block.rect.x + (drag?.dx ?? 0);
      const y = block.rect.y + (drag?.dy ?? 0);
      const { w, h } = block.rect;
      if (x > view.x + view.w || y > view.y + view.h || x + w < view.x || y + h < view.y) continue;
      painted++;
      context.globalAlpha = block.dimmed ? 0.2 : 1;
      if (block.initiative) {
        // An initiative card: white with its colour along the top, as the note draws it.
        context.fillStyle = token('--white');
        context.fillRect(x, y, w, h);
        context.fillStyle = colourOf(block.color);
        context.fillRect(x, y, w, Math.min(h, 6 / Math.max(camera.k, 0.25)));
        context.strokeStyle = token('--gray-4');
        context.lineWidth = hairline;
        context.strokeRect(x, y, w, h);
      } else {
        context.fillStyle = colourOf(block.color);
        context.fillRect(x, y, w, h);
      }
      const peer = drag?.color ?? input.selections.get(block.id);
      if (peer) {
        context.globalAlpha = 1;
        context.strokeStyle = peer;
        context.lineWidth = 3 * hairline;
        context.strokeRect(x - 2 * hairline, y - 2 * hairline, w + 4 * hairline, h + 4 * hairline);
      }
    }
    context.globalAlpha = 1;
    // What is painted, for tests and the client benchmark (nothing of it is visible).
    canvas.dataset.painted = String(painted);
    canvas.dataset.remoteDrags = String(input.drags.size);
  };

  // Painted pixels only: each card is reached by Tab as a DOM note (readingOrder.ts) or in the list.
  return <canvas ref={canvas} class="card-blocks" />;
}
