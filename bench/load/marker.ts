/**
 * Send times travel inside the moved card (its `owner` field), as fixed-width ASCII digits, so
 * a receiver finds them with one `Buffer.indexOf` over the raw frame instead of decoding Yjs.
 * A pre-built update is patched in place at send time: same length, so still a valid update.
 * The tag names the generator process: only the process that stamped a time reads it back, so
 * every latency is measured on one clock.
 */
const PREFIX = '§bm';
const PREFIX_BYTES = Buffer.from(PREFIX);
const TAG = 4;
const EDITOR = 6;
const TIME = 16;
const LENGTH = PREFIX_BYTES.length + TAG + EDITOR + TIME;

export const placeholder = (tag: number, editor: number) =>
  `${PREFIX}${String(tag).padStart(TAG, '0')}${String(editor).padStart(EDITOR, '0')}${'0'.repeat(TIME)}`;

/** Microseconds on this process' monotonic clock. */
export const nowMicros = () => Math.round(performance.now() * 1000);

export function findPlaceholder(frame: Uint8Array, text: string): number {
  const at = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength).indexOf(Buffer.from(text));
  if (at < 0) throw new Error('marker not found in the generated update');
  return at;
}

export function stamp(frame: Uint8Array, at: number, micros: number): void {
  const digits = String(micros).padStart(TIME, '0');
  const start = at + PREFIX_BYTES.length + TAG + EDITOR;
  for (let i = 0; i < TIME; i++) frame[start + i] = digits.charCodeAt(i);
}

/** The time stamped into a pre-built frame; 0 if it was never sent. */
export const readStamp = (frame: Uint8Array, at: number) => readDigits(frame, at + PREFIX_BYTES.length + TAG + EDITOR, TIME);

function readDigits(data: Uint8Array, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + (data[i]! - 48);
  return value;
}

/** Calls `found(editor, sentMicros)` for every marker of process `tag` in a frame. */
export function scanMarkers(data: Buffer, tag: number, found: (editor: number, sentMicros: number) => void): void {
  let at = data.indexOf(PREFIX_BYTES);
  while (at >= 0 && at + LENGTH <= data.length) {
    const base = at + PREFIX_BYTES.length;
    if (readDigits(data, base, TAG) === tag) found(readDigits(data, base + TAG, EDITOR), readDigits(data, base + TAG + EDITOR, TIME));
    at = data.indexOf(PREFIX_BYTES, at + LENGTH);
  }
}
