/**
 * Other people's cursors on the canvas, in canvas space (they move with the camera) but drawn
 * at the same size whatever the zoom.
 */
import { createMemo, For, Show } from 'solid-js';
import { usePresence } from '../presence/PresenceContext';
import { RemoteCursor } from '../presence/RemoteCursor';

/**
 * `zoom`: the camera's, which each cursor undoes to keep its size, in steps of a quarter of an
 * octave: each cursor is a compositor layer, and one whose scale changes is drawn again, so a
 * crowd's cursors would all be redrawn at every frame of a zoom. Within a step they grow or
 * shrink with the canvas by at most 9 %.
 */
export function CanvasCursors(props: { zoom: number }) {
  const presence = usePresence();
  const scale = createMemo(() => 1 / 2 ** (Math.round(Math.log2(props.zoom) * 4) / 4));
  return (
    <div class="canvas-cursors" aria-hidden="true">
      <For each={presence.cursors()}>
        {(cursor) => (
          <Show when={cursor.position().view === 'canvas'}>
            <RemoteCursor cursor={cursor} scale={scale()} />
          </Show>
        )}
      </For>
    </div>
  );
}
