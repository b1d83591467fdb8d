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

export function toCsv(report: Report): string {
  const { strings } = report;
  const header = [
    strings.track,
    strings.status,
    strings.kind,
    strings.title,
    strings.owner,
    strings.partners,
    strings.resources,
    strings.stages,
    strings.tags,
    strings.author,
    strings.created,
    strings.updated,
    strings.description,
  ];
  const rows = [header];
  for (const track of report.tracks) {
    for (const item of [...track.initiatives, ...track.ideas]) {
      const { card } = item;
      rows.push([
        track.title,
        item.status,
        item.kind,
        card.title,
        card.owner,
        card.partners.join('; '),
        item.resources.join('; '),
        item.stages.map((s) => `${s.done ? '✓ ' : ''}${s.text}`).join('; '),
        card.tags.join('; '),
        card.author,
        report.formatTime(card.createdAt),
        report.formatTime(card.updatedAt),
        card.description,
      ]);
    }
  }
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
