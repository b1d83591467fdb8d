/**
 * Board history, for facilitators: list the named versions, save one, and fetch one's content
 * (as Yjs update bytes for a restore in the browser, or as JSON to look at).
 *
 *   GET  /api/boards/:id/versions                       → {versions: [{id, name, createdAt, trigger}]}
 *   POST /api/boards/:id/versions {name, trigger?}      → 201 {id, name, createdAt, trigger}, or
 *                                                          200 {…, unchanged: true}: the newest version, same content
 *   GET  /api/boards/:id/versions/:versionId[?format=json]
 *
 * Restoring is not an endpoint: the facilitator's client applies the version as a local edit,
 * so it syncs like any other and their Ctrl+Z takes it back.
 */
import { type Context, Hono } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import { readBoardContent } from '../../shared/board/read';
import { AppError } from '../errors';
import { captureVersion, openVersion } from '../history/boardVersions';
import type { ServerDeps } from '../ServerDeps';
import { canAdministerBoard } from '../../shared/board/rules';
import { authorize, bearerToken } from './authorize';
import { jsonBody } from './validateJson';

/** Longest version name: a line in a list, not a note. */
export const MAX_VERSION_NAME = 120;

const newVersionSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(MAX_VERSION_NAME),
  // 'phase' versions are the relay's own; a client saves by hand or before a restore.
  trigger: z.enum(['manual', 'restore']).default('manual'),
});

const formatSchema = z.enum(['yjs', 'json']);

/** Ids are nanoid(12); anything else cannot name a version, so it is not looked up. */
const VERSION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function historyRoutes(deps: ServerDeps) {
  const { store, relay } = deps;

  /** The board id, once the caller is known to hold the facilitator link (401/403/404 otherwise). */
  const facilitatorOf = async (c: Context): Promise<string> => {
    const id = c.req.param('id') ?? '';
    const { role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
    if (!canAdministerBoard(role)) throw new AppError('forbidden', 'this needs the facilitator link');
    return id;
  };

  return new Hono()
    .get('/:id/versions', async (c) => {
      const id = await facilitatorOf(c);
      return c.json({ versions: await store.listVersions(id) }, 200, { 'cache-control': 'no-store' });
    })
    .post('/:id/versions', jsonBody(newVersionSchema), async (c) => {
      const id = await facilitatorOf(c);
      const input = c.req.valid('json');
      const { unchanged, ...version } = await relay.withBoard(id, (board) => captureVersion({ store, pipeline: relay.pipeline }, board, input));
      // Not an error: the caller's content is kept, in a version that already existed.
      return unchanged ? c.json({ ...version, unchanged }, 200) : c.json({ ...version, unchanged }, 201);
    })
    .get('/:id/versions/:versionId', async (c) => {
      const id = await facilitatorOf(c);
      const format = formatSchema.safeParse(c.req.query('format') ?? 'yjs');
      if (!format.success) throw new AppError('invalid-request', 'format must be yjs or json');
      const versionId = c.req.param('versionId');
      const version = VERSION_ID.test(versionId) ? await openVersion(store, id, versionId) : null;
      if (!version) throw new AppError('not-found', 'no such version');
      if (format.data === 'json') return c.json(readBoardContent(version), 200, { 'cache-control': 'private, no-store' });
      const bytes = Y.encodeStateAsUpdate(version);
      return c.body(bytes as unknown as ArrayBuffer, 200, {
        'content-type': 'application/octet-stream',
        // Facilitator-only content behind a bearer token: no shared cache may keep it.
        'cache-control': 'private, no-store',
      });
    });
}
