/**
 * PostgreSQL for tests. `testDatabaseUrl()` finds the shared server (TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test); every run works in its own schema
 * (`randomSchema()`), dropped afterwards, so runs never see each other's data.
 */
import pg from 'pg';
import { describeTarget } from '../store/postgresErrors';

/** Whether PostgreSQL-backed suites must run: in CI they always do, and fail loudly if they cannot. */
export const POSTGRES_REQUIRED = Boolean(process.env.CI);

/** The shared test database if it accepts a connection, else null (the caller skips, with a message). */
export async function testDatabaseUrl(): Promise<string | null> {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    return url;
  } catch (error) {
    // host:port only: the URL may hold a password.
    const where = describeTarget(url);
    if (POSTGRES_REQUIRED) throw new Error(`PostgreSQL tests must run in CI, but ${where} is unreachable: ${(error as Error).message}`);
    console.warn(`PostgreSQL tests skipped: no PostgreSQL at ${where} (set TEST_DATABASE_URL to run them)`);
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A fresh schema name, e.g. `stratboard_test_k3j9x0qa`. */
export const randomSchema = () => `stratboard_test_${Math.random().toString(36).slice(2, 10)}`;

/** Runs `fn` on a one-off connection (for setup, teardown and sabotage). */
export async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>, options: { connectTimeoutMs?: number } = {}): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const dropSchema = (url: string, schema: string) => withAdmin(url, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
