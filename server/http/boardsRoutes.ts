/**
 * Board API: create a board (optionally continuing a past session), read it with a link
 * token, show the share links, rotate a link.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { listLanes } from '../../shared/board/lanes';
import { readMeta } from '../../shared/board/meta';
import { pastTracks } from '../../shared/board/roadmap';
import { LOCALES, ROLES, TEMPLATES, type Locale } from '../../shared/board/types';
import { hashLinkToken, newLinkToken, roleForToken, shareLink } from '../auth/linkTokens';
import { isSharedRole, sealAll, SHARED_ROLES, unsealAll } from '../auth/sealedLinks';
import { createBoard } from '../boards/createBoard';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken, requireRole } from './authorize';
import { loadPastSession, pastSessionFields } from './pastSession';
import { publicOrigin } from './publicOrigin';
import { readJson } from './validateJson';

const title = z.string().trim().min(1, 'must not be empty').max(200);

const newBoardSchema = z.object({
  title,
  // No default here: a board continuing a past session takes its tracks unless told otherwise.
  template: z.enum(TEMPLATES).optional(),
  locale: z.enum(LOCALES).optional(),
  lanes: z.array(z.object({ title })).max(30).optional(),
  place: z.string().trim().max(200).optional(),
  date: z.iso.date().optional(),
  ...pastSessionFields,
});

/** Board language when the creator did not say: the browser's, Russian first. */
function localeFromHeader(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'ru';
}

export function boardsRoutes(deps: ServerDeps): Hono {
  const { store, relay, config } = deps;
  const app = new Hono();

  app.post('/', async (c) => {
    const { from, import: exported, ...input } = await readJson(c, newBoardSchema);
    const past = await loadPastSession(deps, { from, import: exported });
    const ownTracks = input.template !== undefined || input.lanes !== undefined;
    const template = input.template ?? 'strategic-session';
    const lanes = input.lanes ?? (past && !ownTracks ? pastTracks(past.content) : undefined);
    const locale = input.locale ?? past?.content.meta.locale ?? localeFromHeader(c.req.header('accept-language'));
    const created = await createBoard(store, { ...input, template, lanes, locale, ...(past ? { past } : {}) });
    const origin = publicOrigin(c, config);
    const links = Object.fromEntries(ROLES.map((role) => [role, shareLink(origin, created.id, created.tokens[role])]));
    deps.log.info({ boardId: created.id, template, locale, carriedOver: created.carriedOver }, 'board created');
    return c.json({ id: created.id, title: input.title, links, ...(past ? { carriedOver: created.carriedOver } : {}) }, 201);
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    const { board, role } = await authorize(store, id, bearerToken(c.req.header('authorization')));
    const view = await relay.withBoard(id, (room) => ({
      meta: readMeta(room.content.doc),
      lanes: listLanes(room.content.doc),
    }));
    return c.json({
      id,
      title: view.meta.title,
      role,
      lanes: view.lanes,
      createdAt: new Date(board.createdAt).toISOString(),
      locale: view.meta.locale,
      place: view.meta.place,
      date: view.meta.date,
    });
  });

  app.get('/:id/links', async (c) => {
    const id = c.req.param('id');
    const token = bearerToken(c.req.header('authorization')) ?? '';
    const { board, role } = await authorize(store, id, token);
    requireRole(role, 'facilitator');
    const open = unsealAll(board.sealedLinks, token, id);
    const origin = publicOrigin(c, config);
    // null: a link that cannot be shown again (made before sealing, or sealed under a rotated
    // facilitator link); rotating it gives a new one.
    const links = Object.fromEntries(SHARED_ROLES.map((shared) => [shared, open[shared] ? shareLink(origin, id, open[shared]) : null]));
    return c.json({ links });
  });

  app.post('/:id/links/:role/rotate', async (c) => {
    const id = c.req.param('id');
    const callerToken = bearerToken(c.req.header('authorization')) ?? '';
    const { role } = await authorize(store, id, callerToken);
    requireRole(role, 'facilitator');
    const target = z.enum(ROLES).safeParse(c.req.param('role'));
    if (!target.success) throw new AppError('invalid-request', `role must be one of ${ROLES.join(', ')}`);
    const token = newLinkToken();
    const hash = hashLinkToken(token);
    // Read, re-sealed and written under the store's lock, so a concurrent rotation of another
    // role is never overwritten with the share links as they were before it.
    const rotated = await store.rotateLink(id, (board) => {
      // A facilitator rotation that committed first leaves the caller's token opening nothing.
      if (roleForToken(callerToken, board.linkHashes) !== 'facilitator') return null;
      const open = unsealAll(board.sealedLinks, callerToken, id);
      if (isSharedRole(target.data)) open[target.data] = token;
      // A new facilitator link re-seals the share links under itself; the old one opens nothing.
      const sealedLinks = sealAll(open, target.data === 'facilitator' ? token : callerToken, id);
      return { linkHashes: { ...board.linkHashes, [target.data]: hash }, sealedLinks };
    });
    if (!rotated) throw new AppError('not-found', 'no such board');
    if (rotated.linkHashes[target.data] !== hash) throw new AppError('forbidden', 'this link is not valid for the board (it may have been replaced)');
    relay.revokeLink(id, target.data, hash);
    deps.log.info({ boardId: id, role: target.data }, 'link rotated');
    return c.json({ link: shareLink(publicOrigin(c, config), id, token) });
  });

  return app;
}
