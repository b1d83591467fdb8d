/**
 * The report as a Word document with real heading styles (a navigable outline): title block,
 * summary, charts, the overall ranking, then one section per track starting on a new page.
 */
import { Document, HeadingLevel, Packer, Paragraph, type Table, TextRun } from 'docx';
import { chartBlock, dataTable, labelledTable } from './docxBlocks';
import { criteriaTable, rankedTable } from './rankedTable';
import { reportCharts } from './reportCharts';
import type { Report, ReportCard, ReportTrack } from './reportModel';

type Block = Paragraph | Table;

function initiative(item: ReportCard, position: number, report: Report): Block[] {
  const { strings } = report;
  const { card } = item;
  const rows: Array<[string, string]> = [[strings.status, item.status]];
  if (card.owner) rows.push([strings.owner, card.owner]);
  if (card.partners.length) rows.push([strings.partners, card.partners.join(', ')]);
  if (item.resources.length) rows.push([strings.resources, item.resources.join('\n')]);
  if (item.stages.length) rows.push([strings.stages, item.stages.map((s) => `${s.done ? '☑' : '☐'} ${s.text}`).join('\n')]);
  if (card.tags.length) rows.push([strings.tags, card.tags.join(', ')]);
  if (item.votes !== null) rows.push([strings.votes, String(item.votes)]);
  if (item.score) rows.push([strings.score, item.score.summary]);
  // Numbered by rank once results are out, by position otherwise, so the heading matches the table.
  const number = item.rankInTrack ?? position;
  const blocks: Block[] = [new Paragraph({ text: `${number}. ${card.title}`, heading: HeadingLevel.HEADING_3, keepNext: true }), labelledTable(rows)];
  const criteria = criteriaTable(report, item);
  if (criteria) blocks.push(new Paragraph(''), dataTable(criteria));
  if (card.description.trim()) {
    for (const line of card.description.trim().split(/\r?\n/)) blocks.push(new Paragraph(line));
  }
  return blocks;
}

function trackSection(track: ReportTrack, report: Report): Block[] {
  const { strings } = report;
  const blocks: Block[] = [new Paragraph({ text: track.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true })];
  if (track.initiatives.length === 0 && track.ideas.length === 0) blocks.push(new Paragraph(strings.noCards));
  if (track.initiatives.length) {
    blocks.push(new Paragraph({ text: strings.initiatives, heading: HeadingLevel.HEADING_2 }), dataTable(rankedTable(report, track.initiatives, false)));
    track.initiatives.forEach((item, index) => {
      blocks.push(...initiative(item, index + 1, report));
    });
  }
  if (track.ideas.length) {
    blocks.push(new Paragraph({ text: strings.ideas, heading: HeadingLevel.HEADING_2 }));
    for (const item of track.ideas) {
      const owner = item.card.owner ? ` — ${item.card.owner}` : '';
      const votes = item.votes ? `; ${strings.votes.toLowerCase()}: ${item.votes}` : '';
      blocks.push(new Paragraph({ text: `${item.card.title}${owner} (${item.kind}${votes})`, bullet: { level: 0 } }));
    }
  }
  return blocks;
}

function titleBlock(report: Report): Block[] {
  const { strings } = report;
  const facts = [
    report.place ? `${strings.place}: ${report.place}` : '',
    report.date ? `${strings.date}: ${report.formatDate(report.date)}` : '',
    `${strings.participants}: ${report.participants}`,
    `${strings.generated}: ${report.generatedAt}`,
  ].filter(Boolean);
  const { byStatus } = report.counts;
  return [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: strings.report, italics: true })] }),
    ...facts.map((fact) => new Paragraph(fact)),
    new Paragraph({ text: strings.summary, heading: HeadingLevel.HEADING_1 }),
    new Paragraph(
      `${strings.cards}: ${report.counts.cards}; ${strings.statuses.priority}: ${byStatus.priority}; ${strings.statuses.shortlisted}: ${byStatus.shortlisted}; ${strings.statuses.idea}: ${byStatus.idea}`,
    ),
    new Paragraph({ children: [new TextRun({ text: `${strings.tracks}:`, bold: true })] }),
    ...(report.tracks.length === 0
      ? [new Paragraph(strings.noTracks)]
      : report.tracks.map(
          (t) =>
            new Paragraph({
              text: `${t.title} — ${strings.initiatives.toLowerCase()}: ${t.initiatives.length}, ${strings.ideas.toLowerCase()}: ${t.ideas.length}`,
              bullet: { level: 0 },
            }),
        )),
    new Paragraph({ children: [new TextRun({ text: report.basis, italics: true })] }),
  ];
}

/** Packs the report into a .docx; charts are rasterised to PNG on the way (svgToPng.ts). */
export async function toDocx(report: Report): Promise<Uint8Array> {
  const { strings } = report;
  const children: Block[] = titleBlock(report);
  const charts = reportCharts(report);
  if (charts.length) {
    children.push(new Paragraph({ text: strings.charts, heading: HeadingLevel.HEADING_1 }));
    for (const chart of charts) children.push(...(await chartBlock(chart)));
  }
  if (report.overall.length) {
    children.push(new Paragraph({ text: report.overallTitle, heading: HeadingLevel.HEADING_1 }), dataTable(rankedTable(report, report.overall, true)));
  }
  for (const track of report.tracks) children.push(...trackSection(track, report));
  const document = new Document({ creator: 'Stratboard', title: report.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
