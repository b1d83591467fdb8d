/**
 * The client benchmark's part of bench/RESULTS.md: one "## Client (browser)" section, put in
 * place of the previous one (or before the hand-written notes) so that a client-only run keeps
 * the server sections of the last full run, and a full run, which rewrites the file first,
 * gets it back.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const CLIENT_HEADING = '## Client (browser)';
const NOTES_HEADING = '## Notes and caveats';

/** `markdown` starts with `CLIENT_HEADING`; everything up to the next `## ` heading is replaced. */
export function withClientSection(results: string, markdown: string): string {
  const section = `${markdown.trimEnd()}\n\n`;
  const start = results.indexOf(`${CLIENT_HEADING}\n`);
  if (start >= 0) {
    const next = results.indexOf('\n## ', start + CLIENT_HEADING.length);
    return results.slice(0, start) + section + (next >= 0 ? results.slice(next + 1) : '');
  }
  const notes = results.indexOf(`${NOTES_HEADING}\n`);
  if (notes >= 0) return results.slice(0, notes) + section + results.slice(notes);
  return `${results.trimEnd()}\n\n${section}`;
}

export function writeClientSection(file: string, markdown: string): void {
  let results = '';
  try {
    results = readFileSync(file, 'utf8');
  } catch {
    // No results yet: the section stands alone.
  }
  writeFileSync(file, withClientSection(results, markdown));
}
