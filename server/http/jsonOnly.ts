/**
 * The API takes JSON bodies only. A browser sends `text/plain` or form posts across sites
 * without asking; a JSON body needs a CORS preflight, which this server never grants, so
 * refusing everything else (415) keeps other sites from posting to it in a visitor's name.
 */
import { createMiddleware } from 'hono/factory';
import { AppError } from '../errors';

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

export const jsonOnly = createMiddleware(async (c, next) => {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || method === 'DELETE') return next();
  const length = c.req.header('content-length');
  const hasBody = length !== undefined ? length !== '0' : c.req.raw.body !== null;
  const media = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (hasBody && !JSON_MEDIA.test(media)) throw new AppError('unsupported-media-type', 'send the body as JSON (Content-Type: application/json)');
  return next();
});
