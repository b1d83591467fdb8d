/**
 * Who this browser is on boards: a display name picked once (kept per device) and a stable
 * presence colour derived from it.
 */
import { readJson, writeJson } from './storage';

const NAME_KEY = 'stratboard.displayName';
const PRESENCE_COLORS = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#c2255c', '#0b7285', '#e67700', '#5f3dc4'];

export const loadDisplayName = (): string => readJson<string>(NAME_KEY, '');
export const saveDisplayName = (name: string): void => writeJson(NAME_KEY, name.trim());

/** The same name always gets the same colour, so people recognise each other. */
export function presenceColor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length]!;
}
