/** A QR code as inline SVG, large enough to scan from a projector. */
import { createMemo } from 'solid-js';
import { renderSVG } from 'uqr';

export function QrCode(props: { value: string; label: string; size?: number }) {
  const svg = createMemo(() => renderSVG(props.value, { border: 2, ecc: 'M' }));
  return <div class="qr" role="img" aria-label={props.label} style={{ width: `${props.size ?? 220}px` }} innerHTML={svg()} />;
}
