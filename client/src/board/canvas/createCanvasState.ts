/**
 * What one person's canvas holds that nobody else needs: the camera, the tool, the selection,
 * a drag or marquee in progress and a note being typed. Commands on the board go through
 * `shared/board`; this only decides what they are applied to.
 */
import { createSignal } from 'solid-js';
import type { Point, Rect, Size } from '../../../../shared/board';
import { type Camera, cameraBetween, fitRect, stepZoom, zoomAt } from './camera';

export type Tool = 'select' | 'hand' | 'note';

/** The grid step cards snap to, in canvas units (the dots drawn on the canvas at 100 %). */
export const GRID = 24;
const SNAP_KEY = 'stratboard.snapToGrid';
/** Screen pixels left around a fitted rectangle. */
const FIT_MARGIN = 80;
/** How long a flight to a track takes (a presentation's next slide). */
const FLIGHT_MS = 700;
const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** A note being typed where someone double-clicked (or pressed N): canvas coordinates of its corner. */
export interface NoteDraft {
  at: Point;
}

export function createCanvasState() {
  const [camera, setCameraNow] = createSignal<Camera>({ x: 40, y: 40, k: 1 });
  /** Bumped by every camera move, so a flight in progress gives way to whatever moved the camera since. */
  let flight = 0;
  const setCamera = (next: Camera | ((current: Camera) => Camera)) => {
    flight++;
    setCameraNow(next);
  };
  const [viewport, setViewport] = createSignal<Size>({ w: 1, h: 1 });
  const [tool, setTool] = createSignal<Tool>('select');
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  /** How far the selection is being dragged, in canvas units; null when no drag is on. */
  const [dragOffset, setDragOffset] = createSignal<Point | null>(null);
  const [marquee, setMarquee] = createSignal<Rect | null>(null);
  const [draft, setDraft] = createSignal<NoteDraft | null>(null);
  /** A card or lane being resized by its corner, and the rectangle it would get (canvas coordinates). */
  const [resizing, setResizing] = createSignal<{ kind: 'card' | 'lane'; id: string; rect: Rect } | null>(null);
  /** Snap dropped cards to the grid (kept in this browser). */
  const [snapToGrid, setSnapToGrid] = createSignal(localStorage.getItem(SNAP_KEY) === 'on');

  const centre = () => ({ x: viewport().w / 2, y: viewport().h / 2 });
  return {
    camera,
    setCamera,
    viewport,
    setViewport,
    tool,
    setTool,
    selected,
    select: (ids: Iterable<string>) => setSelected(new Set(ids)),
    toggle: (id: string) => {
      const next = new Set(selected());
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setSelected(next);
    },
    clearSelection: () => setSelected(new Set<string>()),
    dragOffset,
    setDragOffset,
    marquee,
    setMarquee,
    draft,
    setDraft,
    resizing,
    setResizing,
    snapToGrid,
    toggleSnap: () => {
      localStorage.setItem(SNAP_KEY, snapToGrid() ? 'off' : 'on');
      setSnapToGrid(!snapToGrid());
    },
    zoomStep: (direction: 1 | -1) => setCamera((c) => zoomAt(c, centre(), stepZoom(c.k, direction))),
    zoomTo: (k: number) => setCamera((c) => zoomAt(c, centre(), k)),
    fit: (rect: Rect | null) => {
      // The margin keeps what is fitted clear of the tool rail, the toolbars and the minimap.
      if (rect) setCamera(fitRect(rect, viewport(), FIT_MARGIN));
    },
    /** Like `fit`, travelling there over a moment (at once for people who ask for less motion). */
    flyTo: (rect: Rect | null) => {
      if (!rect) return;
      const from = camera();
      const to = fitRect(rect, viewport(), FIT_MARGIN);
      if (matchMedia('(prefers-reduced-motion: reduce)').matches) return setCamera(to);
      const id = ++flight;
      const start = performance.now();
      const step = (now: number) => {
        if (id !== flight) return;
        const t = Math.min(1, (now - start) / FLIGHT_MS);
        setCameraNow(cameraBetween(from, to, viewport(), easeInOut(t)));
        if (t < 1) requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    },
  };
}

export type CanvasState = ReturnType<typeof createCanvasState>;
