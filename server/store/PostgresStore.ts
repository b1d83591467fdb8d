/**
 * The scale-out DocStore: PostgreSQL through a `pg` Pool, shared by every relay node.
 *
 * Same layout as SqliteStore (boards, an append-only `updates` log, one snapshot per document,
 * immutable versions, bounded per board, each board's last activity) in one schema. Commits use
 * the server's default `synchronous_commit`, so a resolved `append` is on the server's disk (and
 * its synchronous replicas, if any).
 * Compaction is serialised per document with an advisory lock, so two nodes compacting the
 * same board never drop an update (see `compact`); version saves of one board are serialised
 * the same way, and rotations by a row lock on the board.
 */
import pg from 'pg';
import type { Pool } from 'pg';
import type { Logger } from '../log';
import {
  withLinkChange,
  type BoardRecord,
  type DocStore,
  type LinkChange,
  type SavedVersion,
  type StoredBoard,
  type StoredDoc,
  type UpdateEntry,
  type Version,
  type VersionInfo,
  type VersionTrigger,
} from './DocStore';
import { boardsOf } from './boardOfDoc';
import { mergeOnThisThread, type MergeUpdates } from './mergeUpdates';
import { describeTarget, formatDelay, isTransient, toStoreError } from './postgresErrors';
import { ensureSchema, MAX_ROWS_PER_INSERT, quoteSchema, statements, withTransaction } from './postgresSql';
import { StoreError } from './StoreError';

export interface PostgresStoreOptions {
  pool: Pool;
  /** Schema holding the tables (created by `connect`); default `public`. */
  schema?: string;
  /** How messages name the server, e.g. "127.0.0.1:5432". */
  target?: string;
  /** Receives errors of idle pooled connections (e.g. the server restarted). */
  log?: Pick<Logger, 'info' | 'warn'>;
  /** How compaction merges a snapshot with its log; default on this thread (the server passes a MergeWorker). */
  merge?: MergeUpdates;
}

export interface PostgresConnectOptions {
  schema?: string;
  log?: Pick<Logger, 'info' | 'warn'>;
  merge?: MergeUpdates;
  /** Pooled connections per node; default 10. */
  poolSize?: number;
  /** First retry delay, doubled per attempt up to `maxDelayMs`; defaults 1 s and 30 s. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Give up after this many attempts; default: never (a down database is waited for). */
  maxAttempts?: number;
  /** How long one connection attempt may take; default 5 s. */
  connectTimeoutMs?: number;
}

export class PostgresStore implements DocStore {
  readonly kind = 'postgres';
  private readonly pool: Pool;
  private readonly schema: string;
  private readonly target: string;
  private readonly sql: ReturnType<typeof statements>;
  private readonly merge: MergeUpdates;
  private closed = false;

  /**
   * Connects to `url`, creating the schema if missing. While PostgreSQL is unreachable it
   * logs one line per attempt and retries with backoff, so a node started before its database
   * waits instead of crash-looping; wrong credentials or a missing database fail at once.
   */
  static async connect(url: string, options: PostgresConnectOptions = {}): Promise<PostgresStore> {
    const { schema = 'public', log, initialDelayMs = 1000, maxDelayMs = 30_000, maxAttempts = Infinity } = options;
    const target = describeTarget(url);
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      keepAlive: true,
    });
    const store = new PostgresStore({ pool, schema, target, log, merge: options.merge });
    for (let attempt = 1; ; attempt++) {
      try {
        await ensureSchema(pool, schema);
        if (attempt > 1) log?.info({ attempt }, `PostgreSQL at ${target} is reachable`);
        return store;
      } catch (error) {
        const failure = toStoreError(error, target);
        if (!isTransient(error) || attempt >= maxAttempts) {
          await store.close();
          throw failure;
        }
        const delay = Math.min(initialDelayMs * 2 ** (attempt - 1), maxDelayMs);
        log?.warn({ attempt }, `${failure.message}; retrying in ${formatDelay(delay)}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** Wraps a pool whose schema already exists (`connect` creates it). */
  constructor(options: PostgresStoreOptions) {
    this.pool = options.pool;
    this.schema = options.schema ?? 'public';
    this.sql = statements(quoteSchema(this.schema));
    this.target = options.target ?? 'the configured address';
    this.merge = options.merge ?? mergeOnThisThread;
    // Without a listener, an idle connection dropped by a server restart would crash the
    // process; the pool replaces it on the next query.
    this.pool.on('error', (error) => options.log?.warn({ err: error }, toStoreError(error, this.target).message));
  }

  async createBoard(board: BoardRecord, initial: UpdateEntry[]): Promise<void> {
    await this.run(() =>
      withTransaction(this.pool, async (client) => {
        const inserted = await client.query(this.sql.insertBoard, [board.id, JSON.stringify(board)]);
        if (inserted.rowCount === 0) throw new StoreError('board-exists', `board ${board.id} already exists`);
        if (initial.length > 0) await client.query(this.sql.append(initial.length), appendParams(initial));
      }),
    );
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const { rows } = await this.run(() => this.pool.query<{ record: unknown }>(this.sql.getBoard, [id]));
    return boardRecord(id, rows[0]?.record);
  }

  async rotateLink(boardId: string, update: (record: BoardRecord) => LinkChange | null): Promise<BoardRecord | null> {
    return this.run(() =>
      withTransaction(this.pool, async (client) => {
        const { rows } = await client.query<{ record: unknown }>(this.sql.lockBoard, [boardId]);
        const record = boardRecord(boardId, rows[0]?.record);
        if (!record) return null;
        const change = update(structuredClone(record));
        if (!change) return record;
        const next = withLinkChange(record, change);
        await client.query(this.sql.putBoard, [boardId, JSON.stringify(next)]);
        return next;
      }),
    );
  }

  async append(entries: UpdateEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const touched = [boardsOf(entries), Date.now()];
    await this.run(async () => {
      // One statement (the rows and the boards' activity) is one implicit transaction and one
      // commit (group commit); only a batch beyond the bind-parameter limit needs several
      // statements in an explicit transaction.
      if (entries.length <= MAX_ROWS_PER_INSERT) {
        await this.pool.query(this.sql.appendTouching(entries.length), [...appendParams(entries), ...touched]);
        return;
      }
      await withTransaction(this.pool, async (client) => {
        for (let i = 0; i < entries.length; i += MAX_ROWS_PER_INSERT) {
          const chunk = entries.slice(i, i + MAX_ROWS_PER_INSERT);
          await client.query(this.sql.append(chunk.length), appendParams(chunk));
        }
        await client.query(this.sql.touch, touched);
      });
    });
  }

  async load(doc: string): Promise<StoredDoc> {
    const { rows } = await this.run(() => this.pool.query<{ part: number; data: Buffer }>(this.sql.load, [doc]));
    return { updates: rows.map((row) => toBytes(row.data)), logLength: rows.filter((row) => row.part === 1).length };
  }

  /**
   * Under a per-document advisory lock (held by the transaction, released by its commit or by
   * the server if this node dies): read the snapshot and the log, merge them on a Y.Doc, write
   * the snapshot and delete exactly the log rows merged. Appends take no lock and go on
   * meanwhile; their rows were not read, so they stay. A second compactor (this node or
   * another) waits for the lock and then merges what is left.
   */
  async compact(doc: string): Promise<number> {
    return this.run(() =>
      withTransaction(this.pool, async (client) => {
        await client.query(this.sql.advisoryLock, [`stratboard:compact:${this.schema}:${doc}`]);
        const log = await client.query<{ seq: string; data: Buffer }>(this.sql.log, [doc]);
        if (log.rows.length === 0) return 0;
        const snapshot = await client.query<{ data: Buffer }>(this.sql.snapshot, [doc]);
        const parts = [...snapshot.rows, ...log.rows].map((row) => row.data);
        const seqs = log.rows.map((row) => row.seq);
        await client.query(this.sql.putSnapshot, [doc, await this.merge(parts), seqs[seqs.length - 1]]);
        await client.query(this.sql.dropLog, [doc, seqs]);
        return log.rows.length;
      }),
    );
  }

  async logLength(doc: string): Promise<number> {
    const { rows } = await this.run(() => this.pool.query<{ n: number }>(this.sql.count, [doc]));
    return rows[0]?.n ?? 0;
  }

  /**
   * Under a per-board advisory lock, so two nodes saving the same content at once store it
   * once, and two trims never race: compare with the newest version, insert, trim.
   */
  async saveVersion(boardId: string, version: Version, maxVersions: number): Promise<SavedVersion> {
    const { id, name, createdAt, trigger, state, digest } = version;
    return this.run(() =>
      withTransaction(this.pool, async (client) => {
        await client.query(this.sql.advisoryLock, [`stratboard:versions:${this.schema}:${boardId}`]);
        const { rows } = await client.query<VersionRow & { digest: string | null }>(this.sql.newestVersion, [boardId]);
        const newest = rows[0];
        if (newest?.digest != null && newest.digest === digest) return { ...versionInfo(newest), unchanged: true };
        await client.query(this.sql.putVersion, [boardId, id, name, createdAt, trigger, state, digest ?? null]);
        await client.query(this.sql.trimVersions, [boardId, maxVersions]);
        return { id, name, createdAt, trigger, unchanged: false };
      }),
    );
  }

  async listVersions(boardId: string): Promise<VersionInfo[]> {
    const { rows } = await this.run(() => this.pool.query<VersionRow>(this.sql.listVersions, [boardId]));
    return rows.map(versionInfo);
  }

  async loadVersion(boardId: string, id: string): Promise<Version | null> {
    const { rows } = await this.run(() => this.pool.query<VersionRow & { data: Buffer; digest: string | null }>(this.sql.getVersion, [boardId, id]));
    const row = rows[0];
    if (!row) return null;
    return { ...versionInfo(row), state: toBytes(row.data), ...(row.digest === null ? {} : { digest: row.digest }) };
  }

  async listBoards(): Promise<StoredBoard[]> {
    const { rows } = await this.run(() => this.pool.query<BoardRow>(this.sql.listBoards));
    return rows.map((row) => {
      const record = boardRecord(row.id, row.record)!;
      const at = row.at === null ? record.createdAt : Number(row.at);
      return { record, bytes: Number(row.bytes), lastActivityAt: Math.max(record.createdAt, at), versions: row.versions };
    });
  }

  async deleteBoard(id: string): Promise<boolean> {
    return this.run(() =>
      withTransaction(this.pool, async (client) => {
        const deleted = await client.query(this.sql.deleteBoard, [id]);
        for (const sql of [this.sql.deleteLogs, this.sql.deleteSnapshots, this.sql.deleteVersions, this.sql.deleteActivity]) await client.query(sql, [id]);
        return (deleted.rowCount ?? 0) > 0;
      }),
    );
  }

  async ping(): Promise<void> {
    await this.run(() => this.pool.query('SELECT 1'));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Maps driver failures to StoreError, keeping typed errors as they are. */
  private async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreError('unavailable', 'the store is closed');
    try {
      return await fn();
    } catch (error) {
      throw toStoreError(error, this.target);
    }
  }
}

interface VersionRow {
  id: string;
  name: string;
  /** BIGINT arrives as a string. */
  created_at: string;
  kind: string;
}

interface BoardRow {
  id: string;
  record: unknown;
  /** BIGINT values arrive as strings. */
  bytes: string;
  versions: number;
  at: string | null;
}

function versionInfo(row: VersionRow): VersionInfo {
  return { id: row.id, name: row.name, createdAt: Number(row.created_at), trigger: row.kind as VersionTrigger };
}

/** A board's JSONB record, null when there is no row. */
function boardRecord(id: string, record: unknown): BoardRecord | null {
  if (record === undefined) return null;
  if (typeof record !== 'object' || record === null) throw new StoreError('corrupt', `board ${id} has an unreadable record`);
  return record as BoardRecord;
}

/** Bind parameters of the multi-row INSERT: doc and bytes per row (bytes are sent binary). */
function appendParams(entries: readonly UpdateEntry[]): unknown[] {
  return entries.flatMap(({ doc, update }) => [doc, update]);
}

/** Copies a driver Buffer (possibly a slice of a shared pool) into bytes the caller owns. */
function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer);
}
