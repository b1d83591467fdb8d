/** The report as Markdown: readable as plain text, structured when rendered. */
import { criteriaTable, rankedTable, type TextTable } from './rankedTable';
import type { Report, ReportCard } from './reportModel';

/** Escapes user text so it cannot open headings, lists, links or tables. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .trim()
    .replace(/([\\`*_[\]|<>~])/g, '\\$1')
    .replace(/^([#+\-=>]|\d+[.)])/, '\\$1');
}

function table(t: TextTable): string[] {
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [row(t.header), `|${t.numeric.map((n) => (n ? '---:' : '---')).join('|')}|`, ...t.rows.map(row), ''];
}

function cardBlock(item: ReportCard, position: number, report: Report): string[] {
  const { strings } = report;
  const { card } = item;
  const lines = [`### ${item.rankInTrack ?? position}. ${escapeMarkdown(card.title)}`, '', `- **${strings.status}:** ${item.status}`];
  if (card.owner) lines.push(`- **${strings.owner}:** ${escapeMarkdown(card.owner)}`);
  if (card.partners.length) lines.push(`- **${strings.partners}:** ${card.partners.map(escapeMarkdown).join(', ')}`);
  if (item.resources.length) {
    lines.push(`- **${strings.resources}:**`);
    for (const resource of item.resources) lines.push(`  - ${escapeMarkdown(resource)}`);
  }
  if (item.stages.length) {
    lines.push(`- **${strings.stages}:**`);
    for (const stage of item.stages) lines.push(`  - [${stage.done ? 'x' : ' '}] ${escapeMarkdown(stage.text)}`);
  }
  if (card.tags.length) lines.push(`- **${strings.tags}:** ${card.tags.map(escapeMarkdown).join(', ')}`);
  if (item.votes !== null) lines.push(`- **${strings.votes}:** ${item.votes}`);
  if (item.score) lines.push(`- **${strings.score}:** ${item.score.summary}`);
  if (item.commentCount) lines.push(`- **${strings.comments}:** ${item.commentCount}`);
  const criteria = criteriaTable(report, item);
  if (criteria) lines.push('', ...table(criteria).slice(0, -1));
  if (card.description.trim())
    lines.push(
      '',
      ...card.description
        .trim()
        .split(/\r?\n/)
        .map((line) => `> ${escapeMarkdown(line)}`),
    );
  lines.push('');
  return lines;
}

/** Charts do not exist in Markdown; the ranked tables carry the same numbers. */
export function toMarkdown(report: Report): string {
  const { strings } = report;
  const lines = [`# ${escapeMarkdown(report.title)}`, '', `*${strings.report}*`, ''];
  if (report.place) lines.push(`**${strings.place}:** ${escapeMarkdown(report.place)}  `);
  if (report.date) lines.push(`**${strings.date}:** ${report.formatDate(report.date)}  `);
  lines.push(`**${strings.participants}:** ${report.participants}  `);
  lines.push(`**${strings.generated}:** ${report.generatedAt}`, '');
  lines.push(`## ${strings.summary}`, '');
  lines.push(`| ${strings.track} | ${strings.initiatives} | ${strings.ideas} |`, '|---|---:|---:|');
  for (const track of report.tracks) lines.push(`| ${escapeMarkdown(track.title)} | ${track.initiatives.length} | ${track.ideas.length} |`);
  lines.push('');
  const { byStatus } = report.counts;
  lines.push(
    `${strings.cards}: ${report.counts.cards} (${strings.statuses.priority}: ${byStatus.priority}, ${strings.statuses.shortlisted}: ${byStatus.shortlisted}, ${strings.statuses.idea}: ${byStatus.idea})`,
    '',
    `*${report.basis}*`,
    '',
  );
  if (report.overall.length) lines.push(`## ${report.overallTitle}`, '', ...table(rankedTable(report, report.overall, true)));
  if (report.tracks.length === 0) lines.push(strings.noTracks, '');
  for (const track of report.tracks) {
    lines.push(`## ${escapeMarkdown(track.title)}`, '');
    if (track.initiatives.length === 0 && track.ideas.length === 0) lines.push(strings.noCards, '');
    if (track.initiatives.length) lines.push(...table(rankedTable(report, track.initiatives, false)));
    track.initiatives.forEach((item, index) => {
      lines.push(...cardBlock(item, index + 1, report));
    });
    if (track.ideas.length) {
      lines.push(`**${strings.ideas}:**`, '');
      for (const item of track.ideas) {
        const owner = item.card.owner ? ` — ${escapeMarkdown(item.card.owner)}` : '';
        const votes = item.votes ? `; ${strings.votes.toLowerCase()}: ${item.votes}` : '';
        lines.push(`- ${escapeMarkdown(item.card.title)}${owner} (${item.kind}${votes})`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
