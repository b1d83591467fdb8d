/**
 * Other people's cursors on the canvas, in canvas space (they move with the camera) but drawn
 * at the same size whatever the zoom.
 */
import { For, Show } from 'solid-js';
import { useBoard } from '../BoardContext';
import { RemoteCursor } from '../presence/RemoteCursor';

export function CanvasCursors() {
  const { presence } = useBoard();
  const others = () => presence.peers().filter((peer) => !peer.self && peer.cursor?.view === 'canvas');
  return (
    <div class="canvas-cursors" aria-hidden="true">
      <For each={others()}>
        {(peer) => <Show when={peer.cursor}>{(cursor) => <RemoteCursor peer={peer} at={cursor()} transform=" scale(calc(1 / var(--zoom, 1)))" />}</Show>}
      </For>
    </div>
  );
}
