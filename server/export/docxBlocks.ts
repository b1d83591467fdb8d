/** Building blocks of the DOCX report: label/value tables, data tables, chart images. */
import { AlignmentType, ImageRun, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { TextTable } from './rankedTable';
import type { ReportChart } from './reportCharts';
import { svgToPng } from './svgToPng';

/** Text width of an A4 page with docx's default 1-inch margins: 11906 − 2 × 1440 twips. */
const TEXT_WIDTH_TWIPS = 9026;
/** The same width in the pixels (1/96 inch) docx sizes images in. */
const PAGE_WIDTH_PX = 600;
// Rasterised at 3× the placed size so charts stay sharp when printed (about 290 dpi).
const RASTER_SCALE = 3;

const lines = (value: string) => value.split('\n').map((line) => new Paragraph(line));

/** A two-column table of a card's facts: bold label, value (newlines become paragraphs). */
export function labelledTable(rows: Array<[string, string]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 30, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
            }),
            new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: lines(value) }),
          ],
        }),
    ),
  });
}

/** Column widths in twips from the table's weights (equal columns when it has none). */
function columnWidths(table: TextTable): number[] {
  const weights = table.weights ?? table.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH_TWIPS * w) / total));
}

/** A data table with a shaded header row that repeats on every page it spans. */
export function dataTable(table: TextTable): Table {
  const widths = columnWidths(table);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E9ECEF' } : undefined,
      children: [new Paragraph({ alignment: table.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: header })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: table.header.map((text, i) => cell(text, i, true)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

/** A chart as a captioned PNG picture the width of the page. */
export async function chartBlock(chart: ReportChart): Promise<Paragraph[]> {
  const width = PAGE_WIDTH_PX;
  const height = Math.round((width * chart.chart.height) / chart.chart.width);
  const png = await svgToPng(chart.chart.svg, width * RASTER_SCALE);
  return [
    new Paragraph({ children: [new TextRun({ text: chart.title, bold: true })], keepNext: true }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png.data,
          transformation: { width, height },
          altText: { name: chart.key, title: chart.title, description: chart.title },
        }),
      ],
    }),
  ];
}
