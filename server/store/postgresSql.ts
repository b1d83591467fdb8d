/**
 * PostgreSQL schema and statements for PostgresStore, kept apart so the adapter reads as
 * behaviour. Every table lives in one schema (default `public`), so several installations
 * or test runs can share a database.
 */
import type { Pool, PoolClient } from 'pg';

/** Tables of one schema, created idempotently (`IF NOT EXISTS`) on every start. */
function createStatements(s: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${s}.boards (id TEXT PRIMARY KEY, record JSONB NOT NULL)`,
    // BIGSERIAL gives a global order; per-document order is seq order within a document.
    `CREATE TABLE IF NOT EXISTS ${s}.updates (seq BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL, data BYTEA NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS updates_by_doc ON ${s}.updates (doc, seq)`,
    `CREATE TABLE IF NOT EXISTS ${s}.snapshots (
       doc TEXT PRIMARY KEY, data BYTEA NOT NULL, upto_seq BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    // seq breaks ties between versions saved in the same millisecond (later first).
    `CREATE TABLE IF NOT EXISTS ${s}.versions (
       board TEXT NOT NULL, id TEXT NOT NULL, seq BIGSERIAL, name TEXT NOT NULL, created_at BIGINT NOT NULL,
       kind TEXT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (board, id))`,
    `CREATE INDEX IF NOT EXISTS versions_by_time ON ${s}.versions (board, created_at DESC, seq DESC)`,
    // Added with content digests: a database from before gets the column; its versions have none.
    `ALTER TABLE ${s}.versions ADD COLUMN IF NOT EXISTS digest TEXT`,
    // Added with retention: when an append last touched each board's documents (ms). Created
    // once, and then filled for boards from before with their newest snapshot's time: rooms
    // compact when they unload, so that is about when they were last used.
    `DO $$ BEGIN
       IF to_regclass('${s}.board_activity') IS NULL THEN
         CREATE TABLE ${s}.board_activity (board TEXT PRIMARY KEY, at BIGINT NOT NULL);
         INSERT INTO ${s}.board_activity (board, at)
           SELECT split_part(doc, '/', 1), (extract(epoch FROM max(updated_at)) * 1000)::bigint FROM ${s}.snapshots GROUP BY 1;
       END IF;
     END $$`,
  ];
}

/** A board's documents, for board $1: `<id>` itself or a name starting with `<id>/` (ids may hold `_`, so no LIKE). */
const DOCS_OF_BOARD = `(doc = $1 OR starts_with(doc, $1 || '/'))`;

/** Most rows in one INSERT: PostgreSQL allows 65,535 bind parameters, two per row. */
export const MAX_ROWS_PER_INSERT = 30_000;

/** SQL text of every statement the adapter runs, for one (quoted) schema. */
export function statements(s: string) {
  return {
    insertBoard: `INSERT INTO ${s}.boards (id, record) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
    getBoard: `SELECT record FROM ${s}.boards WHERE id = $1`,
    // The row lock holds off any other rotation of the board, on any node, until our commit;
    // under READ COMMITTED the waiter then reads the row as we left it.
    lockBoard: `SELECT record FROM ${s}.boards WHERE id = $1 FOR UPDATE`,
    putBoard: `UPDATE ${s}.boards SET record = $2 WHERE id = $1`,
    /** Multi-row insert; rows get their seq in the order listed. */
    append: (rows: number) => appendRows(s, rows),
    /**
     * The same insert and, in the same statement (so one implicit transaction, one round trip),
     * the boards' last activity: boards as a text[] then the time, after the rows' parameters.
     * Sorted, so two appends lock activity rows in the same order and cannot deadlock.
     */
    appendTouching: (rows: number) =>
      `WITH appended AS (${appendRows(s, rows)})
       INSERT INTO ${s}.board_activity (board, at) SELECT board, $${2 * rows + 2}::bigint FROM unnest($${2 * rows + 1}::text[]) AS board ORDER BY board
       ON CONFLICT (board) DO UPDATE SET at = GREATEST(board_activity.at, excluded.at)`,
    touch: `INSERT INTO ${s}.board_activity (board, at) SELECT board, $2::bigint FROM unnest($1::text[]) AS board ORDER BY board
       ON CONFLICT (board) DO UPDATE SET at = GREATEST(board_activity.at, excluded.at)`,
    // One statement sees one consistent snapshot: a compaction committing meanwhile can never
    // show us its deleted log without its new snapshot, or the reverse.
    load: `SELECT 0 AS part, 0::bigint AS seq, data FROM ${s}.snapshots WHERE doc = $1
       UNION ALL SELECT 1, seq, data FROM ${s}.updates WHERE doc = $1
       ORDER BY part, seq`,
    // Advisory locks are database-wide, hence the schema in the key; a hash collision only
    // serialises two unrelated compactions (or version saves).
    advisoryLock: `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`,
    snapshot: `SELECT data FROM ${s}.snapshots WHERE doc = $1`,
    log: `SELECT seq, data FROM ${s}.updates WHERE doc = $1 ORDER BY seq`,
    putSnapshot: `INSERT INTO ${s}.snapshots (doc, data, upto_seq) VALUES ($1, $2, $3)
       ON CONFLICT (doc) DO UPDATE SET data = excluded.data,
         upto_seq = GREATEST(snapshots.upto_seq, excluded.upto_seq), updated_at = now()`,
    // By seq list, not `seq <= max`: a row with a smaller seq whose transaction committed after
    // our read was not merged and must stay.
    dropLog: `DELETE FROM ${s}.updates WHERE doc = $1 AND seq = ANY($2::bigint[])`,
    count: `SELECT count(*)::int AS n FROM ${s}.updates WHERE doc = $1`,
    putVersion: `INSERT INTO ${s}.versions (board, id, name, created_at, kind, data, digest) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    listVersions: `SELECT id, name, created_at, kind FROM ${s}.versions WHERE board = $1 ORDER BY created_at DESC, seq DESC`,
    newestVersion: `SELECT id, name, created_at, kind, digest FROM ${s}.versions WHERE board = $1 ORDER BY created_at DESC, seq DESC LIMIT 1`,
    // Everything past the newest $2 in listing order, i.e. the oldest.
    trimVersions: `DELETE FROM ${s}.versions WHERE board = $1 AND seq IN (
       SELECT seq FROM ${s}.versions WHERE board = $1 ORDER BY created_at DESC, seq DESC OFFSET $2)`,
    getVersion: `SELECT id, name, created_at, kind, data, digest FROM ${s}.versions WHERE board = $1 AND id = $2`,
    // One statement (one consistent snapshot), one pass over each table grouped by board; logs
    // stay short (compaction), so this is cheap. octet_length reads a TOASTed value's size only.
    listBoards: `WITH docs AS (
         SELECT split_part(doc, '/', 1) AS board, octet_length(data) AS n FROM ${s}.updates
         UNION ALL SELECT split_part(doc, '/', 1), octet_length(data) FROM ${s}.snapshots),
       sizes AS (SELECT board, sum(n) AS bytes FROM docs GROUP BY board),
       kept AS (SELECT board, count(*) AS versions, sum(octet_length(data)) AS bytes FROM ${s}.versions GROUP BY board)
       SELECT b.id, b.record, (COALESCE(sizes.bytes, 0) + COALESCE(kept.bytes, 0))::bigint AS bytes,
         COALESCE(kept.versions, 0)::int AS versions, a.at
       FROM ${s}.boards b
         LEFT JOIN sizes ON sizes.board = b.id
         LEFT JOIN kept ON kept.board = b.id
         LEFT JOIN ${s}.board_activity a ON a.board = b.id
       ORDER BY (b.record->>'createdAt')::bigint, b.id COLLATE "C"`,
    deleteBoard: `DELETE FROM ${s}.boards WHERE id = $1`,
    deleteLogs: `DELETE FROM ${s}.updates WHERE ${DOCS_OF_BOARD}`,
    deleteSnapshots: `DELETE FROM ${s}.snapshots WHERE ${DOCS_OF_BOARD}`,
    deleteVersions: `DELETE FROM ${s}.versions WHERE board = $1`,
    deleteActivity: `DELETE FROM ${s}.board_activity WHERE board = $1`,
  };
}

function appendRows(s: string, rows: number): string {
  return `INSERT INTO ${s}.updates (doc, data) VALUES ${Array.from({ length: rows }, (_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ')}`;
}

/** Validates a schema name and quotes it as an identifier (it cannot be a bind parameter). */
export function quoteSchema(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new TypeError(`invalid PostgreSQL schema name ${JSON.stringify(schema)}: use letters, digits and _`);
  }
  return `"${schema}"`;
}

/** Runs `fn` in a transaction on one pooled connection; a broken connection is discarded. */
export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Creates the schema and tables if missing. Two nodes starting together would race on the
 * catalog (`CREATE … IF NOT EXISTS` is not safe against a concurrent create), so creation is
 * serialised with an advisory lock.
 */
export async function ensureSchema(pool: Pool, schema: string): Promise<void> {
  const s = quoteSchema(schema);
  await withTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`stratboard:schema:${schema}`]);
    // CREATE SCHEMA needs the CREATE privilege on the database even when the schema exists,
    // so only ask for it when the schema is really missing.
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${s}`);
    for (const sql of createStatements(s)) await client.query(sql);
  });
}
