/** Board-level facts: title, place, date, language, schema version. */
import type * as Y from 'yjs';
import { BoardModelError } from './BoardModelError';
import { metaMap } from './docMaps';
import { META } from './keys';
import { addLane } from './lanes';
import { readMetaMap } from './records';
import { CURRENT_SCHEMA_VERSION } from './schemaVersion';
import { initialLanes } from './templates';
import type { BoardMeta, Locale, TemplateName } from './types';
import { boardInitSchema, metaPatchSchema, parseInput } from './validation';

/** Input of `initBoardContent`. */
export interface BoardInit {
  title: string;
  place?: string;
  date?: string;
  locale: Locale;
  template: TemplateName;
  /** Custom tracks; a non-empty list replaces the template's. */
  lanes?: readonly { title: string }[];
  /** Epoch milliseconds. */
  createdAt: number;
}

/**
 * Fills a new board's content document in one transaction: meta at the current schema
 * version, then the lanes of the template (or the custom list). The whole input is checked
 * first, so a bad custom lane title leaves the document untouched. Refuses a document that
 * already has meta: running it twice would double the lanes.
 */
export function initBoardContent(doc: Y.Doc, init: BoardInit): void {
  const input = parseInput(boardInitSchema, init);
  if (metaMap(doc).size > 0) throw new BoardModelError('invalid-input', 'board: content is already initialised');
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set(META.schemaVersion, CURRENT_SCHEMA_VERSION);
    meta.set(META.title, input.title);
    meta.set(META.place, input.place);
    meta.set(META.date, input.date);
    meta.set(META.locale, input.locale);
    meta.set(META.createdAt, input.createdAt);
    for (const lane of initialLanes(input.template, input.locale, input.lanes)) addLane(doc, lane);
  });
}

/** The board's meta; defaults for anything missing (an empty doc reads as version 0). */
export function readMeta(doc: Y.Doc): BoardMeta {
  return readMetaMap(metaMap(doc));
}

/** Changes the given fields only (title, place, date; locale too, for imports). */
export function updateMeta(doc: Y.Doc, patch: { title?: string; place?: string; date?: string; locale?: Locale }): void {
  const fields = parseInput(metaPatchSchema, patch);
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) meta.set(META[key as keyof typeof fields], value);
    }
  });
}
