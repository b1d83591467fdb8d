/**
 * Structured logging (pino) with secrets redacted. Link tokens travel as `?k=` on WebSocket
 * URLs and as Bearer tokens on API calls; neither may ever reach a log line.
 */
import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

const REDACTED = '[redacted]';

/** Replaces the value of every `k` (link token) and `p` (participant identity) query parameter in a URL or path. */
export function redactUrl(url: string): string {
  return url.replace(/([?&][kp]=)[^&#]*/g, `$1${REDACTED}`).replace(/(#k=)[^&]*/g, `$1${REDACTED}`);
}

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization'],
        censor: REDACTED,
      },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        // A URL can show up under any key (url, path, err.message); scrub every string argument.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactUrl(arg) : arg)) as Parameters<typeof method>);
        },
      },
      serializers: {
        url: (url: string) => redactUrl(url),
        path: (path: string) => redactUrl(path),
      },
    },
    destination,
  );
}
