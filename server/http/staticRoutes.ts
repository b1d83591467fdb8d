/**
 * The built client: static assets, and the app shell for `/` and `/b/:boardId` (the link's
 * token stays in the fragment, so the server never sees it).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { AppError } from '../errors';

export function staticRoutes(staticDir: string): Hono {
  const app = new Hono();
  const shell = async () => {
    try {
      return await readFile(join(staticDir, 'index.html'), 'utf8');
    } catch {
      throw new AppError('unavailable', `the client is not built (no ${staticDir}/index.html); run "npm run build"`);
    }
  };
  app.get('/', async (c) => c.html(await shell()));
  app.get('/b/:boardId', async (c) => c.html(await shell()));
  app.get('/b/:boardId/projector', async (c) => c.html(await shell()));
  app.get('/admin', async (c) => c.html(await shell()));
  app.use('/*', serveStatic({ root: staticDir }));
  return app;
}
