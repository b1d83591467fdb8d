/**
 * The session report: `GET /api/boards/:id/export?format=json|md|csv|docx`, for any role.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { readBoardContent } from '../../shared/board/read';
import { contentDisposition, REPORT_FORMATS, renderReport } from '../export/renderReport';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';

const FORMATS = REPORT_FORMATS;

export function exportRoute(deps: ServerDeps): Hono {
  const app = new Hono();
  app.get('/:id/export', async (c) => {
    const id = c.req.param('id');
    await authorize(deps.store, id, bearerToken(c.req.header('authorization')));
    const format = z.enum(FORMATS).safeParse(c.req.query('format') ?? 'json');
    if (!format.success) throw new AppError('invalid-request', `format must be one of ${FORMATS.join(', ')}`);
    const content = await deps.relay.withBoard(id, (room) => readBoardContent(room.content.doc));
    const report = await renderReport(content, format.data, { generatedAt: new Date() });
    const body = typeof report.body === 'string' ? report.body : new Uint8Array(report.body);
    return c.body(body as unknown as ArrayBuffer, 200, {
      'content-type': report.contentType,
      'content-disposition': contentDisposition(report.filename),
      'cache-control': 'no-store',
    });
  });
  return app;
}
