/**
 * Which board a stored document belongs to, shared by the adapters: document names are
 * `<boardId>` or `<boardId>/<kind>` (see relay/docNames.ts), and board ids hold no `/`.
 */
import type { UpdateEntry } from './DocStore';

/** The board of a document: its name up to the first `/`. */
export function boardOfDoc(doc: string): string {
  const slash = doc.indexOf('/');
  return slash === -1 ? doc : doc.slice(0, slash);
}

/** The distinct boards whose documents `entries` touch, sorted (a stable lock order for SQL upserts). */
export function boardsOf(entries: readonly UpdateEntry[]): string[] {
  return [...new Set(entries.map((entry) => boardOfDoc(entry.doc)))].sort();
}
