/**
 * The HTTP API under `/api`, as one typed route tree: the web client's typed client (`hc`, see
 * `client/src/api/api.ts`) is made from `ApiRoutes`, so a response or a body the server changes
 * is a type error in the client rather than a surprise in the browser.
 */
import { Hono } from 'hono';
import { AppError } from '../errors';
import type { ServerDeps } from '../ServerDeps';
import { adminRoutes } from './adminRoutes';
import { boardsRoutes } from './boardsRoutes';
import { exportRoute } from './exportRoute';
import { historyRoutes } from './historyRoutes';
import { mergeRoutes } from './mergeRoutes';
import { scoringRoutes } from './scoringRoutes';
import { votingRoutes } from './votingRoutes';

export function apiRoutes(deps: ServerDeps) {
  return (
    new Hono()
      .route('/boards', boardsRoutes(deps))
      .route('/boards', exportRoute(deps))
      .route('/boards', votingRoutes(deps))
      .route('/boards', scoringRoutes(deps))
      .route('/boards', historyRoutes(deps))
      .route('/boards', mergeRoutes(deps))
      // The operator console (off unless the server was started with --admin-token).
      .route('/admin', adminRoutes(deps))
      // Clients align their clock with this, so a countdown ends at the same moment for everyone.
      .get('/time', (c) => c.json({ now: Date.now() }, 200, { 'cache-control': 'no-store' }))
      // What the home page needs to know before it offers to create a board.
      .get('/server', (c) => c.json({ createTokenRequired: deps.config.createToken !== undefined }, 200, { 'cache-control': 'no-store' }))
      .all('/*', () => {
        throw new AppError('not-found', 'no such API endpoint');
      })
  );
}

export type ApiRoutes = ReturnType<typeof apiRoutes>;
