/** Other participants' cursors over the lanes, named and coloured. */
import { For, Show } from 'solid-js';
import { usePresence } from './PresenceContext';
import { RemoteCursor } from './RemoteCursor';

export function CursorLayer() {
  const presence = usePresence();
  return (
    <div class="cursor-layer" aria-hidden="true">
      <For each={presence.cursors()}>
        {/* Canvas cursors are in canvas coordinates: they mean nothing over the list. */}
        {(cursor) => (
          <Show when={cursor.position().view !== 'canvas'}>
            <RemoteCursor cursor={cursor} />
          </Show>
        )}
      </For>
    </div>
  );
}
