/** Other participants' cursors over the lanes, named and coloured. */
import { For, Show } from 'solid-js';
import { useBoard } from '../BoardContext';
import { RemoteCursor } from './RemoteCursor';

export function CursorLayer() {
  const { presence } = useBoard();
  // Canvas cursors are in canvas coordinates: they mean nothing over the list.
  const others = () => presence.peers().filter((peer) => !peer.self && peer.cursor && peer.cursor.view !== 'canvas');
  return (
    <div class="cursor-layer" aria-hidden="true">
      <For each={others()}>{(peer) => <Show when={peer.cursor}>{(cursor) => <RemoteCursor peer={peer} at={cursor()} />}</Show>}</For>
    </div>
  );
}
