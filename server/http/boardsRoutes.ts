/**
 * Board API: create a board (optionally continuing a past session), read it with a link
 * token, show the share links, rotate a link. Creating is open to anyone who can reach the
 * server, so it is throttled per network address and, on public servers, needs the operator's
 * creation token (`--create-token`).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { listLanes } from '../../shared/board/lanes';
import { readMeta } from '../../shared/board/meta';
import { pastTracks } from '../../shared/board/roadmap';
import { LOCALES, ROLES, TEMPLATES, type Locale, type Role } from '../../shared/board/types';
import { hashLinkToken, newLinkToken, roleForToken, shareLink } from '../auth/linkTokens';
import { isSharedRole, sealAll, SHARED_ROLES, unsealAll } from '../auth/sealedLinks';
import { createBoard } from '../boards/createBoard';
import { isOperatorToken } from '../auth/operatorToken';
import { canAdministerBoard } from '../../shared/board/rules';
import { titleSchema } from '../../shared/board/validation';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { authorize, bearerToken } from './authorize';
import { clientAddress } from './clientAddress';
import { KeyedLimiter } from './KeyedLimiter';
import { loadPastSession, pastSessionFields } from './pastSession';
import { publicOrigin } from './publicOrigin';
import { jsonBody } from './validateJson';

const newBoardSchema = z.object({
  title: titleSchema,
  // No default here: a board continuing a past session takes its tracks unless told otherwise.
  template: z.enum(TEMPLATES).optional(),
  locale: z.enum(LOCALES).optional(),
  lanes: z
    .array(z.object({ title: titleSchema }))
    .max(30)
    .optional(),
  place: z.string().trim().max(200).optional(),
  date: z.iso.date().optional(),
  ...pastSessionFields,
});

/** Board language when the creator did not say: the browser's, Russian first. */
function localeFromHeader(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'ru';
}

export function boardsRoutes(deps: ServerDeps) {
  const { store, relay, config } = deps;
  // A third of the hour's allowance at once (a facilitator preparing a day of sessions), the rest spread out.
  const creations = new KeyedLimiter(config.maxBoardsPerIpPerHour / 3600, Math.max(1, Math.ceil(config.maxBoardsPerIpPerHour / 3)));

  return new Hono()
    .post('/', jsonBody(newBoardSchema), async (c) => {
      if (config.createToken !== undefined) {
        const presented = bearerToken(c.req.header('authorization'));
        if (!presented) throw new AppError('unauthorized', 'this server needs its creation token to create a board');
        if (!isOperatorToken(presented, config.createToken)) throw new AppError('forbidden', 'that is not this server’s creation token');
      }
      if (!creations.take(clientAddress(c, config.trustProxy))) {
        throw new AppError('rate-limited', 'too many boards created from your network address; try again later');
      }
      const { from, import: exported, ...input } = c.req.valid('json');
      const past = await loadPastSession(deps, { from, import: exported });
      const ownTracks = input.template !== undefined || input.lanes !== undefined;
      const template = input.template ?? 'strategic-session';
      const lanes = input.lanes ?? (past && !ownTracks ? pastTracks(past.content) : undefined);
      const locale = input.locale ?? past?.content.meta.locale ?? localeFromHeader(c.req.header('accept-language'));
      const created = await createBoard(store, { ...input, template, lanes, locale, ...(past ? { past } : {}) });
      const origin = publicOrigin(c, config);
      const links = Object.fromEntries(ROLES.map((role) => [role, shareLink(origin, created.id, created.tokens[role])]));
      deps.log.info({ boardId: created.id, template, locale, carriedOver: created.carriedOver }, 'board created');
      return c.json({ id: created.id, title: input.title, links: links as Record<Role, string>, ...(past ? { carriedOver: created.carriedOver } : {}) }, 201);
    })
    .get('/:id', async (c) => {
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
    })
    .get('/:id/links', async (c) => {
      const id = c.req.param('id');
      const token = bearerToken(c.req.header('authorization')) ?? '';
      const { board, role } = await authorize(store, id, token);
      if (!canAdministerBoard(role)) throw new AppError('forbidden', 'this needs the facilitator link');
      const open = unsealAll(board.sealedLinks, token, id);
      const origin = publicOrigin(c, config);
      // null: a link that cannot be shown again (made before sealing, or sealed under a rotated
      // facilitator link); rotating it gives a new one.
      const links = Object.fromEntries(SHARED_ROLES.map((shared) => [shared, open[shared] ? shareLink(origin, id, open[shared]) : null]));
      return c.json({ links: links as Record<(typeof SHARED_ROLES)[number], string | null> });
    })
    .post('/:id/links/:role/rotate', async (c) => {
      const id = c.req.param('id');
      const callerToken = bearerToken(c.req.header('authorization')) ?? '';
      const { role } = await authorize(store, id, callerToken);
      if (!canAdministerBoard(role)) throw new AppError('forbidden', 'this needs the facilitator link');
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
}
