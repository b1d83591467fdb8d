/** Renders a board's report in one of the export formats, ready to send as a download. */
import type { BoardContent } from '../../shared/board/types';
import { buildReport, type Report } from './reportModel';
import type { ReportResults } from './reportResults';
import { toCsv } from './toCsv';
import { toHtml } from './toHtml';
import { toJson } from './toJson';
import { toMarkdown } from './toMarkdown';

/** The formats of `GET /api/boards/:id/export?format=`. */
export const REPORT_FORMATS = ['json', 'md', 'csv', 'docx', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A rendered report, ready to send as a response. */
export interface RenderedReport {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

const TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

/** A file name from the board title: letters (any script), digits, dashes. */
export function reportFilename(title: string, format: ReportFormat): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'stratboard'}.${format}`;
}

/**
 * Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). `inline`
 * lets a browser show the file (the HTML report is opened to be printed) while keeping the
 * name for "Save as".
 */
export function contentDisposition(filename: string, inline = false): string {
  const ascii = filename.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Options of {@link renderReport}. */
export interface RenderOptions {
  generatedAt: Date;
  /** Revealed votes and scores and the participant count; without it, nothing is revealed. */
  results?: ReportResults;
}

/** Renders the report; `results` must hold only what the facilitator revealed (see reportResults.ts). */
export async function renderReport(content: BoardContent, format: ReportFormat, options: RenderOptions): Promise<RenderedReport> {
  const filename = reportFilename(content.meta.title, format);
  if (format === 'json') return { body: toJson(content, options.generatedAt, options.results), contentType: TYPES.json, filename };
  const report = buildReport(content, options);
  const body = format === 'md' ? toMarkdown(report) : format === 'csv' ? toCsv(report) : format === 'html' ? toHtml(report) : await renderDocx(report);
  return { body, contentType: TYPES[format], filename };
}

/**
 * docx and the PNG renderer are a third of the server's bundle (~0.7 MB of code and twice that
 * of source map) and only a DOCX export uses them: imported on the first one, so that a start
 * (after a crash, while clients wait to reconnect) does not compile them.
 */
async function renderDocx(report: Report): Promise<Uint8Array> {
  const { toDocx } = await import('./toDocx');
  return toDocx(report);
}
