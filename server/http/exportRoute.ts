/**
 * The session report: `GET /api/boards/:id/export?format=json|md|csv|docx|html`, for any role.
 * Any role may export, so the report carries votes and scores only once the facilitator has
 * revealed them, counted from the ballots themselves (reportResults.ts).
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { readBoardContent } from '../../shared/board/read';
import { contentDisposition, REPORT_FORMATS, type ReportFormat, renderReport } from '../export/renderReport';
import { readReportResults } from '../export/reportResults';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';

const FORMATS = REPORT_FORMATS;
const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function exportRoute(deps: ServerDeps) {
  return new Hono().get('/:id/export', async (c) => {
    const id = c.req.param('id');
    await authorize(deps.store, id, bearerToken(c.req.header('authorization')));
    const format = z.enum(FORMATS).safeParse(c.req.query('format') ?? 'json');
    if (!format.success) throw new AppError('invalid-request', `format must be one of ${FORMATS.join(', ')}`);
    return reportResponse(c, deps, id, format.data);
  });
}

/** The board's report as a download, for whoever the caller has already let through. */
export async function reportResponse(c: Context, deps: ServerDeps, id: string, format: ReportFormat) {
  // Content and results are read in one go, so the report is one consistent moment.
  const { content, results } = await deps.relay.withBoard(id, (room) => {
    const content = readBoardContent(room.content.doc);
    return { content, results: readReportResults({ content: room.content.doc, session: room.session.doc, private: room.private.doc }, content.meta.locale) };
  });
  const report = await renderReport(content, format, { generatedAt: new Date(), results });
  const body = typeof report.body === 'string' ? new TextEncoder().encode(report.body) : new Uint8Array(report.body);
  const html = format === 'html';
  return c.body(body as unknown as ArrayBuffer, 200, {
    'content-type': report.contentType,
    'content-disposition': contentDisposition(report.filename, html),
    // The length lets the browser show download progress of a long report.
    'content-length': String(body.byteLength),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The HTML report is shown inline on our origin and holds participants' text: even though
    // every text is escaped, allow it nothing but its own inline styles and images.
    ...(html ? { 'content-security-policy': HTML_REPORT_CSP } : {}),
  });
}
