/** One other person's cursor: an arrow in their colour with their name, at a point of its layer. */
import type { RemoteCursorFeed } from './createPresence';

/** `scale`: drawn at this scale (the canvas keeps cursors one size whatever the zoom). */
export function RemoteCursor(props: { cursor: RemoteCursorFeed; scale?: number }) {
  return (
    <div
      class="remote-cursor"
      style={{
        transform: `translate(${props.cursor.position().x}px, ${props.cursor.position().y}px)${props.scale === undefined ? '' : ` scale(${props.scale})`}`,
        '--peer-color': props.cursor.color,
      }}
    >
      <svg width="14" height="20" viewBox="0 0 14 20" aria-hidden="true">
        <path d="M0 0 L14 12 L7 12 L4 20 Z" fill={props.cursor.color} />
      </svg>
      <span class="cursor-name">{props.cursor.name}</span>
    </div>
  );
}
