/** A QR code as inline SVG, large enough to scan from a projector; the encoder loads with the first code. */
import { createResource } from 'solid-js';

export function QrCode(props: { value: string; label: string; size?: number }) {
  const [svg] = createResource(
    () => props.value,
    async (value) => (await import('uqr')).renderSVG(value, { border: 2, ecc: 'M' }),
  );
  return <div class="qr" role="img" aria-label={props.label} style={{ width: `${props.size ?? 220}px` }} innerHTML={svg() ?? ''} />;
}
