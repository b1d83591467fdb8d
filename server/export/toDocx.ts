/** The report as a Word document with real heading styles (a navigable outline). */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Report, ReportCard } from './reportModel';

const row = (label: string, value: string) =>
  new TableRow({
    children: [
      new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
      new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: value.split('\n').map((line) => new Paragraph(line)) }),
    ],
  });

function initiative(item: ReportCard, report: Report): Array<Paragraph | Table> {
  const { strings } = report;
  const { card } = item;
  const rows = [row(strings.status, item.status)];
  if (card.owner) rows.push(row(strings.owner, card.owner));
  if (card.partners.length) rows.push(row(strings.partners, card.partners.join(', ')));
  if (item.resources.length) rows.push(row(strings.resources, item.resources.join('\n')));
  if (item.stages.length) rows.push(row(strings.stages, item.stages.map((s) => `${s.done ? '☑' : '☐'} ${s.text}`).join('\n')));
  if (card.tags.length) rows.push(row(strings.tags, card.tags.join(', ')));
  const blocks: Array<Paragraph | Table> = [
    new Paragraph({ text: card.title, heading: HeadingLevel.HEADING_2 }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ];
  if (card.description.trim()) {
    for (const line of card.description.trim().split(/\r?\n/)) blocks.push(new Paragraph(line));
  }
  return blocks;
}

export async function toDocx(report: Report): Promise<Uint8Array> {
  const { strings } = report;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: strings.report, italics: true })] }),
  ];
  const facts = [
    report.place ? `${strings.place}: ${report.place}` : '',
    report.date ? `${strings.date}: ${report.formatDate(report.date)}` : '',
    `${strings.generated}: ${report.generatedAt}`,
  ].filter(Boolean);
  for (const fact of facts) children.push(new Paragraph(fact));
  children.push(new Paragraph({ text: strings.summary, heading: HeadingLevel.HEADING_1 }));
  const { byStatus } = report.counts;
  children.push(
    new Paragraph(
      `${strings.cards}: ${report.counts.cards}; ${strings.statuses.priority}: ${byStatus.priority}; ${strings.statuses.shortlisted}: ${byStatus.shortlisted}; ${strings.statuses.idea}: ${byStatus.idea}`,
    ),
  );
  if (report.tracks.length === 0) children.push(new Paragraph(strings.noTracks));
  for (const track of report.tracks) {
    children.push(new Paragraph({ text: track.title, heading: HeadingLevel.HEADING_1 }));
    if (track.initiatives.length === 0 && track.ideas.length === 0) children.push(new Paragraph(strings.noCards));
    for (const item of track.initiatives) children.push(...initiative(item, report));
    if (track.ideas.length) {
      children.push(new Paragraph({ text: strings.ideas, heading: HeadingLevel.HEADING_2 }));
      for (const item of track.ideas) {
        const owner = item.card.owner ? ` — ${item.card.owner}` : '';
        children.push(new Paragraph({ text: `${item.card.title}${owner} (${item.status})`, bullet: { level: 0 } }));
      }
    }
  }
  const document = new Document({ creator: 'Stratboard', title: report.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
