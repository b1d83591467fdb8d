/**
 * Decoding and validation of awareness (presence) updates at the relay's edge.
 *
 * Awareness is not document content: it carries each client's name, colour and cursor. The
 * relay parses every entry before applying it so that a malformed or hostile update (bad
 * JSON, another client's id, an oversized state) is refused instead of reaching everyone.
 */
import * as decoding from 'lib0/decoding';
import { ProtocolError } from './messages';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** `null` means the client left. */
  state: Record<string, unknown> | null;
}

/** Largest JSON state one client may publish (names, colours and a cursor fit easily). */
export const MAX_AWARENESS_STATE_CHARS = 16 * 1024;

/** Parses an awareness update into entries; throws `ProtocolError` on anything malformed. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: AwarenessEntry[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (json.length > MAX_AWARENESS_STATE_CHARS) throw new ProtocolError('awareness state too large');
      entries.push({ clientId, clock, state: parseState(json) });
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('malformed awareness update');
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after awareness update');
  return entries;
}

function parseState(json: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ProtocolError('awareness state is not JSON');
  }
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ProtocolError('awareness state must be an object');
  return value as Record<string, unknown>;
}
