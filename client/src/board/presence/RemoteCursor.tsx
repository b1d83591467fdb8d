/** One other person's cursor: an arrow in their colour with their name, at a point of its layer. */
import type { Peer } from './createPresence';

export function RemoteCursor(props: { peer: Peer; at: { x: number; y: number }; transform?: string }) {
  return (
    <div class="remote-cursor" style={{ transform: `translate(${props.at.x}px, ${props.at.y}px)${props.transform ?? ''}`, '--peer-color': props.peer.color }}>
      <svg width="14" height="20" viewBox="0 0 14 20" aria-hidden="true">
        <path d="M0 0 L14 12 L7 12 L4 20 Z" fill={props.peer.color} />
      </svg>
      <span class="cursor-name">{props.peer.name}</span>
    </div>
  );
}
