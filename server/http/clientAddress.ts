/**
 * The network address a request came from, for per-address limits (connections, joins, board
 * creation). Behind a proxy the operator trusts (`--trust-proxy`), the first hop of
 * `X-Forwarded-For`; otherwise the socket's peer. Requests made in-process (`app.request()`
 * in tests) have no socket and no address.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
