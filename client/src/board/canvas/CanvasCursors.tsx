/**
 * Other people's cursors on the canvas, in canvas space (they move with the camera) but drawn
 * at the same size whatever the zoom.
 */
import { For, Show } from 'solid-js';
import { useBoard } from '../BoardContext';
import { RemoteCursor } from '../presence/RemoteCursor';

/** `zoom`: the camera's, which each cursor undoes to keep its size. */
export function CanvasCursors(props: { zoom: number }) {
  const { presence } = useBoard();
  return (
    <div class="canvas-cursors" aria-hidden="true">
      <For each={presence.cursors()}>
        {(cursor) => (
          <Show when={cursor.position().view === 'canvas'}>
            <RemoteCursor cursor={cursor} scale={1 / props.zoom} />
          </Show>
        )}
      </For>
    </div>
  );
}
