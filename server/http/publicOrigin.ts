import type { Context } from 'hono';
import type { Config } from '../config';

/**
 * The origin share links are built on: the configured public URL, else the request's own
 * origin (honouring X-Forwarded-* only when the operator said a trusted proxy sets them).
 */
export function publicOrigin(c: Context, config: Pick<Config, 'publicUrl' | 'trustProxy'>): string {
  if (config.publicUrl) return config.publicUrl;
  const url = new URL(c.req.url);
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto && /^https?$/.test(proto)) url.protocol = `${proto}:`;
    if (host && /^[A-Za-z0-9.\-:[\]]+$/.test(host)) url.host = host;
  }
  return url.origin;
}
