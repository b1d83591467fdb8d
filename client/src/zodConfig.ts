/**
 * Zod compiles fast parsers with `new Function` unless told not to, and probes whether it may
 * by trying once: under the app's Content-Security-Policy (no `unsafe-eval`) that probe is a
 * reported violation even though Zod then falls back. Set before any schema is made, so it is
 * imported first of all (main.tsx). The server, which has no CSP, keeps the compiled parsers.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
