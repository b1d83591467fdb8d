/**
 * One row per card, for spreadsheets. UTF-8 with BOM (so Excel reads Cyrillic), CRLF, RFC 4180
 * quoting, and cells that a spreadsheet would run as formulas are defused.
 */
import type { Report } from './reportModel';

/** Quotes a cell and defuses formula injection (`=`, `+`, `-`, `@`, tab, CR at the start). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Columns: track, title, kind, status, owner, partners, resources, stages, votes, score, spread,
 * experts, rank in track, overall rank, then tags, author, times and description. Result cells
 * are empty while unrevealed; numbers use a decimal point so any spreadsheet reads them.
 */
export function toCsv(report: Report): string {
  const { strings } = report;
  const header = [
    strings.track,
    strings.title,
    strings.kind,
    strings.status,
    strings.owner,
    strings.partners,
    strings.resources,
    strings.stages,
    strings.votes,
    strings.score,
    strings.spread,
    strings.experts,
    strings.rankInTrack,
    strings.overallRank,
    strings.tags,
    strings.author,
    strings.created,
    strings.updated,
    strings.description,
  ];
  const rows = [header];
  const optional = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  for (const track of report.tracks) {
    for (const item of [...track.initiatives, ...track.ideas]) {
      const { card, score } = item;
      rows.push([
        track.title,
        card.title,
        item.kind,
        item.status,
        card.owner,
        card.partners.join('; '),
        item.resources.join('; '),
        item.stages.map((s) => `${s.done ? '✓ ' : ''}${s.text}`).join('; '),
        optional(item.votes),
        optional(score?.weighted),
        optional(score?.spread),
        optional(score?.experts),
        optional(item.rankInTrack),
        optional(item.overallRank),
        card.tags.join('; '),
        card.author,
        report.formatTime(card.createdAt),
        report.formatTime(card.updatedAt),
        card.description,
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
