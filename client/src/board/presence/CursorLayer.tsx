/** Other participants' cursors over the lanes, named and coloured. */
import { For, Show } from 'solid-js';
import { useBoard } from '../BoardContext';

export function CursorLayer() {
  const { presence } = useBoard();
  const others = () => presence.peers().filter((peer) => !peer.self && peer.cursor);
  return (
    <div class="cursor-layer" aria-hidden="true">
      <For each={others()}>
        {(peer) => (
          <Show when={peer.cursor}>
            {(cursor) => (
              <div class="remote-cursor" style={{ transform: `translate(${cursor().x}px, ${cursor().y}px)`, '--peer-color': peer.color }}>
                <svg width="14" height="20" viewBox="0 0 14 20" aria-hidden="true">
                  <path d="M0 0 L14 12 L7 12 L4 20 Z" fill={peer.color} />
                </svg>
                <span class="cursor-name">{peer.name}</span>
              </div>
            )}
          </Show>
        )}
      </For>
    </div>
  );
}
