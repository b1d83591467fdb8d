/**
 * Turns `pg` failures into StoreErrors with messages an operator can act on, and tells
 * transient failures (server down, restarting, overloaded) from configuration mistakes.
 */
import { StoreError } from './StoreError';

/** Socket-level failures: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLSTATE classes worth retrying: connection exception, insufficient resources, operator intervention, rollback. */
const TRANSIENT_CLASSES = new Set(['08', '53', '57', '40']);

interface PgLikeError {
  code?: string;
  message?: string;
}

/**
 * "host:port" of a connection URL for messages; never the user or password.
 * A `?host=` parameter (e.g. a Unix socket directory) wins, as it does for `pg`.
 */
export function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.searchParams.get('host') || parsed.hostname || 'localhost';
    return `${host}:${parsed.port || '5432'}`;
  } catch {
    return 'the configured address';
  }
}

/** SQLSTATE codes are five characters; Node's socket codes start with E. */
const sqlState = (error: PgLikeError) => (typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : undefined);

/** Whether retrying later may succeed without anyone changing the configuration. */
export function isTransient(error: unknown): boolean {
  const e = (error ?? {}) as PgLikeError;
  const state = sqlState(e);
  if (state) return TRANSIENT_CLASSES.has(state.slice(0, 2));
  // pg's own connection errors ("Connection terminated unexpectedly", connect timeout) have no code.
  return true;
}

/** A StoreError for any failure of a PostgreSQL call; StoreErrors pass through unchanged. */
export function toStoreError(error: unknown, target: string): StoreError {
  if (error instanceof StoreError) return error;
  const e = (error ?? {}) as PgLikeError;
  const where = `PostgreSQL at ${target}`;
  const state = sqlState(e);
  // data_corrupted, index_corrupted: retrying will not help, and an operator must look.
  if (state === 'XX001' || state === 'XX002') return new StoreError('corrupt', `${where}: ${e.message} (${state})`, { cause: error });
  let message: string;
  if (e.code && NETWORK_CODES.has(e.code)) message = `${where} is not reachable (${e.code})`;
  else if (/timeout/i.test(e.message ?? '')) message = `${where} is not reachable (${e.message})`;
  else if (/terminated|closed/i.test(e.message ?? '') && !state) message = `${where} closed the connection (${e.message})`;
  else if (state?.startsWith('28')) message = `${where} refused the credentials in the URL: ${e.message} (${state})`;
  else if (state) message = `${where}: ${e.message} (${state})`;
  else message = `${where}: ${e.message || String(error)}`;
  return new StoreError('unavailable', message, { cause: error });
}

/** "2 s", "0.5 s": delays as the retry log line shows them. */
export const formatDelay = (ms: number) => `${Math.round(ms / 100) / 10} s`;
