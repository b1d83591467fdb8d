/**
 * The operator console's API under `/api/admin`: every board on the server, its JSON export,
 * deleting it and replacing all its links. Open only with the operator token given at start
 * (`--admin-token`); without one the console is off and every route answers 404, so a public
 * server does not even show that it has one. Every action is logged as a structured line.
 */
import { Hono } from 'hono';
import { isBoardId } from '../../shared/board/ids';
import { ROLES, type Role } from '../../shared/board/types';
import { createBoardSummaries } from '../admin/boardSummaries';
import { rotateAllLinks } from '../admin/rotateAllLinks';
import { hashLinkToken, shareLink } from '../auth/linkTokens';
import { isOperatorToken } from '../auth/operatorToken';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { bearerToken } from './authorize';
import { clientAddress } from './clientAddress';
import { reportResponse } from './exportRoute';
import { publicOrigin } from './publicOrigin';

export function adminRoutes(deps: ServerDeps) {
  const { config, store, relay, log } = deps;
  const summaries = createBoardSummaries(store);
  const boardIdOf = (id: string) => {
    if (!isBoardId(id)) throw new AppError('not-found', 'no such board');
    return id;
  };

  return new Hono()
    .use('*', async (c, next) => {
      if (config.adminToken === undefined) throw new AppError('not-found', 'the operator console is off: start the server with --admin-token');
      const presented = bearerToken(c.req.header('authorization'));
      if (!presented) throw new AppError('unauthorized', 'the operator console needs the operator token');
      if (!isOperatorToken(presented, config.adminToken)) {
        log.warn({ address: clientAddress(c, config.trustProxy), path: c.req.path }, 'operator console: wrong operator token');
        throw new AppError('forbidden', 'that is not this server’s operator token');
      }
      c.header('cache-control', 'no-store');
      await next();
    })
    .get('/boards', async (c) => {
      const boards = (await summaries.list()).map((board) => ({ ...board, connections: relay.connectionCount(board.id) }));
      return c.json({ boards }, 200);
    })
    .get('/boards/:id/export', async (c) => {
      const id = boardIdOf(c.req.param('id'));
      if (!(await store.getBoard(id))) throw new AppError('not-found', 'no such board');
      log.info({ action: 'export', boardId: id, address: clientAddress(c, config.trustProxy) }, 'operator exported a board');
      return reportResponse(c, deps, id, 'json');
    })
    .post('/boards/:id/rotate', async (c) => {
      const id = boardIdOf(c.req.param('id'));
      const tokens = await rotateAllLinks(store, id);
      if (!tokens) throw new AppError('not-found', 'no such board');
      for (const role of ROLES) relay.revokeLink(id, role, hashLinkToken(tokens[role]));
      log.info({ action: 'rotate-links', boardId: id, address: clientAddress(c, config.trustProxy) }, 'operator replaced every link of a board');
      const origin = publicOrigin(c, config);
      const links = Object.fromEntries(ROLES.map((role) => [role, shareLink(origin, id, tokens[role])])) as Record<Role, string>;
      return c.json({ links }, 200);
    })
    .delete('/boards/:id', async (c) => {
      const id = boardIdOf(c.req.param('id'));
      const record = await store.getBoard(id);
      if (!record) throw new AppError('not-found', 'no such board');
      const deleted = await relay.deleteBoard(id);
      if (!deleted) throw new AppError('not-found', 'no such board');
      log.info({ action: 'delete', boardId: id, createdAt: record.createdAt, address: clientAddress(c, config.trustProxy) }, 'operator deleted a board');
      return c.body(null, 204);
    });
}
