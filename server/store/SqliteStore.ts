/**
 * The default DocStore: one SQLite file (better-sqlite3), WAL journal, full fsync on every
 * commit, so a resolved `append` survives `kill -9` and power loss alike.
 *
 * Layout: `boards` (one JSON record per board), `updates` (append-only log, global sequence),
 * `snapshots` (one compacted state per document), `versions` (named versions of a board's
 * content, immutable, at most a given number per board), `board_activity` (when an append last
 * touched each board's documents). better-sqlite3 is synchronous: a
 * commit blocks the event loop for its fsync (~0.2 ms here), which group commit amortises.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
import { StoreError } from './StoreError';

export interface SqliteStoreOptions {
  /** Path of the database file; its directory is created if missing. */
  file: string;
  /** How compaction merges a snapshot with its log; default on this thread (the server passes a MergeWorker). */
  merge?: MergeUpdates;
}

/** SQL for the board a document belongs to: its name up to the first `/`. */
const BOARD_OF_DOC = `CASE WHEN instr(doc, '/') > 0 THEN substr(doc, 1, instr(doc, '/') - 1) ELSE doc END`;

/**
 * A board's documents: `<id>` itself or a name starting with `<id>/` (`@board`, then the range from
 * `@board || '/'` up to `@board || '0'`, '0' being the character after '/'). A range, not LIKE: ids may hold `_`, a LIKE
 * wildcard, and `abc-x` must not match `abc`. Binary collation makes the range exact.
 */
const DOCS_OF_BOARD = `(doc = @board OR (doc >= @board || '/' AND doc < @board || '0'))`;

/** Schema steps by the `user_version` they upgrade from. */
const SCHEMA: Array<(db: Database.Database) => void> = [
  (db) =>
    db.exec(`
      CREATE TABLE boards (id TEXT PRIMARY KEY, record TEXT NOT NULL);
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_by_doc ON updates (doc, seq);
      CREATE TABLE snapshots (doc TEXT PRIMARY KEY, data BLOB NOT NULL, upto_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL);
    `),
  // Added with board history; data directories from before get the table on their next open.
  (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS versions (
        board TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, created_at INTEGER NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL,
        PRIMARY KEY (board, id)
      );
      CREATE INDEX IF NOT EXISTS versions_by_time ON versions (board, created_at);
    `),
  // Added with content digests; versions saved before have none (NULL) and never count as unchanged.
  (db) => db.exec('ALTER TABLE versions ADD COLUMN digest TEXT'),
  // Added with retention. Boards from before start at their newest snapshot: rooms compact when
  // they unload, so that is about when they were last used (never earlier than the truth).
  (db) =>
    db.exec(`
      CREATE TABLE IF NOT EXISTS board_activity (board TEXT PRIMARY KEY, at INTEGER NOT NULL);
      INSERT INTO board_activity (board, at) SELECT ${BOARD_OF_DOC}, MAX(updated_at) FROM snapshots GROUP BY 1;
    `),
];

/** The `user_version` this server writes; a file with a newer one is refused (operator restore checks it too). */
export const SQLITE_SCHEMA_VERSION = SCHEMA.length;

export class SqliteStore implements DocStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements;
  private readonly merge: MergeUpdates;
  private closed = false;

  constructor(options: SqliteStoreOptions) {
    this.merge = options.merge ?? mergeOnThisThread;
    mkdirSync(dirname(options.file), { recursive: true });
    try {
      this.db = new Database(options.file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.migrate();
    } catch (error) {
      throw new StoreError('unavailable', `cannot open SQLite database ${options.file}: ${(error as Error).message}`, { cause: error });
    }
    const db = this.db;
    this.statements = {
      insertBoard: db.prepare<[string, string]>('INSERT INTO boards (id, record) VALUES (?, ?)'),
      getBoard: db.prepare<[string], { record: string }>('SELECT record FROM boards WHERE id = ?'),
      updateBoard: db.prepare<[string, string]>('UPDATE boards SET record = ? WHERE id = ?'),
      append: db.prepare<[string, Uint8Array]>('INSERT INTO updates (doc, data) VALUES (?, ?)'),
      touch: db.prepare<[string, number]>(
        'INSERT INTO board_activity (board, at) VALUES (?, ?) ON CONFLICT (board) DO UPDATE SET at = max(board_activity.at, excluded.at)',
      ),
      // Plucked: a board loaded after a crash can have tens of thousands of rows; no object per row.
      log: db.prepare<[string], Buffer>('SELECT data FROM updates WHERE doc = ? ORDER BY seq').pluck(),
      logUpTo: db.prepare<[string, number], { data: Buffer }>('SELECT data FROM updates WHERE doc = ? AND seq <= ? ORDER BY seq'),
      maxSeq: db.prepare<[string], { seq: number | null; n: number }>('SELECT MAX(seq) AS seq, COUNT(*) AS n FROM updates WHERE doc = ?'),
      snapshot: db.prepare<[string], { data: Buffer }>('SELECT data FROM snapshots WHERE doc = ?'),
      putSnapshot: db.prepare<[string, Uint8Array, number, number]>(
        `INSERT INTO snapshots (doc, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at
         WHERE excluded.upto_seq > snapshots.upto_seq`,
      ),
      dropLog: db.prepare<[string, number]>('DELETE FROM updates WHERE doc = ? AND seq <= ?'),
      count: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE doc = ?'),
      putVersion: db.prepare<[string, string, string, number, string, Uint8Array, string | null]>(
        'INSERT INTO versions (board, id, name, created_at, kind, data, digest) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      // rowid breaks ties between versions saved in the same millisecond: later first.
      listVersions: db.prepare<[string], VersionRow>('SELECT id, name, created_at, kind FROM versions WHERE board = ? ORDER BY created_at DESC, rowid DESC'),
      newestVersion: db.prepare<[string], VersionRow & { digest: string | null }>(
        'SELECT id, name, created_at, kind, digest FROM versions WHERE board = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
      ),
      // Everything past the newest `?` in listing order, i.e. the oldest.
      trimVersions: db.prepare<[string, string, number]>(
        `DELETE FROM versions WHERE board = ? AND rowid NOT IN (
           SELECT rowid FROM versions WHERE board = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
      ),
      getVersion: db.prepare<[string, string], VersionRow & { data: Buffer; digest: string | null }>(
        'SELECT id, name, created_at, kind, data, digest FROM versions WHERE board = ? AND id = ?',
      ),
      // One pass over each table, grouped by board; logs stay short (compaction), so this is cheap.
      listBoards: db.prepare<[], { record: string; id: string; bytes: number; versions: number; at: number | null }>(
        `WITH docs AS (
           SELECT ${BOARD_OF_DOC} AS board, length(data) AS n FROM updates
           UNION ALL SELECT ${BOARD_OF_DOC}, length(data) FROM snapshots),
         sizes AS (SELECT board, SUM(n) AS bytes FROM docs GROUP BY board),
         kept AS (SELECT board, COUNT(*) AS versions, SUM(length(data)) AS bytes FROM versions GROUP BY board)
         SELECT b.id, b.record, COALESCE(sizes.bytes, 0) + COALESCE(kept.bytes, 0) AS bytes, COALESCE(kept.versions, 0) AS versions, a.at
         FROM boards b
           LEFT JOIN sizes ON sizes.board = b.id
           LEFT JOIN kept ON kept.board = b.id
           LEFT JOIN board_activity a ON a.board = b.id
         ORDER BY json_extract(b.record, '$.createdAt'), b.id`,
      ),
      deleteBoard: db.prepare<[string]>('DELETE FROM boards WHERE id = ?'),
      deleteLogs: db.prepare<[{ board: string }]>(`DELETE FROM updates WHERE ${DOCS_OF_BOARD}`),
      deleteSnapshots: db.prepare<[{ board: string }]>(`DELETE FROM snapshots WHERE ${DOCS_OF_BOARD}`),
      deleteVersions: db.prepare<[string]>('DELETE FROM versions WHERE board = ?'),
      deleteActivity: db.prepare<[string]>('DELETE FROM board_activity WHERE board = ?'),
      ping: db.prepare('SELECT 1'),
    };
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA.length) throw new Error(`database schema ${version} is newer than this server (${SCHEMA.length})`);
    for (let v = version; v < SCHEMA.length; v++) {
      this.db.transaction(() => {
        SCHEMA[v]!(this.db);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async createBoard(board: BoardRecord, initial: UpdateEntry[]): Promise<void> {
    this.run(() =>
      this.db.transaction(() => {
        try {
          this.statements.insertBoard.run(board.id, JSON.stringify(board));
        } catch (error) {
          if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
            throw new StoreError('board-exists', `board ${board.id} already exists`);
          }
          throw error;
        }
        for (const { doc, update } of initial) this.statements.append.run(doc, update);
      })(),
    );
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.run(() => this.statements.getBoard.get(id));
    return this.parseBoard(id, row);
  }

  private parseBoard(id: string, row: { record: string } | undefined): BoardRecord | null {
    if (!row) return null;
    try {
      return JSON.parse(row.record) as BoardRecord;
    } catch (error) {
      throw new StoreError('corrupt', `board ${id} has an unreadable record`, { cause: error });
    }
  }

  async rotateLink(boardId: string, update: (record: BoardRecord) => LinkChange | null): Promise<BoardRecord | null> {
    // A synchronous transaction: no other statement of this process runs in between, and the
    // write lock keeps any other process out until the commit.
    return this.run(() =>
      this.db
        .transaction(() => {
          const record = this.parseBoard(boardId, this.statements.getBoard.get(boardId));
          if (!record) return null;
          const change = update(structuredClone(record));
          if (!change) return record;
          const next = withLinkChange(record, change);
          this.statements.updateBoard.run(JSON.stringify(next), boardId);
          return next;
        })
        .immediate(),
    );
  }

  async append(entries: UpdateEntry[]): Promise<void> {
    if (entries.length === 0) return;
    this.run(() =>
      this.db.transaction(() => {
        for (const { doc, update } of entries) this.statements.append.run(doc, update);
        const now = Date.now();
        for (const board of boardsOf(entries)) this.statements.touch.run(board, now);
      })(),
    );
  }

  async load(doc: string): Promise<StoredDoc> {
    return this.run(() =>
      this.db.transaction(() => {
        const snapshot = this.statements.snapshot.get(doc);
        const log = this.statements.log.all(doc);
        const updates = log.map(toBytes);
        if (snapshot) updates.unshift(toBytes(snapshot.data));
        return { updates, logLength: log.length };
      })(),
    );
  }

  async compact(doc: string): Promise<number> {
    const read = this.run(() =>
      this.db.transaction(() => {
        const { seq, n } = this.statements.maxSeq.get(doc) ?? { seq: null, n: 0 };
        if (seq === null || n === 0) return null;
        const snapshot = this.statements.snapshot.get(doc);
        const log = this.statements.logUpTo.all(doc, seq).map((row) => toBytes(row.data));
        return { upTo: seq, merged: log.length, parts: snapshot ? [toBytes(snapshot.data), ...log] : log };
      })(),
    );
    if (!read) return 0;
    // Merging is the slow part and runs outside any transaction; rows appended meanwhile have
    // a larger seq and stay in the log. A concurrent compaction that got further wins the
    // snapshot (upto_seq only moves forward) and both delete only what they merged.
    const merged = await this.merge(read.parts);
    this.run(() =>
      this.db.transaction(() => {
        this.statements.putSnapshot.run(doc, merged, read.upTo, Date.now());
        this.statements.dropLog.run(doc, read.upTo);
      })(),
    );
    return read.merged;
  }

  async logLength(doc: string): Promise<number> {
    return this.run(() => this.statements.count.get(doc)?.n ?? 0);
  }

  async saveVersion(boardId: string, version: Version, maxVersions: number): Promise<SavedVersion> {
    const { id, name, createdAt, trigger, state, digest } = version;
    return this.run(() =>
      this.db
        .transaction((): SavedVersion => {
          const newest = this.statements.newestVersion.get(boardId);
          if (newest?.digest != null && newest.digest === digest) return { ...versionInfo(newest), unchanged: true };
          this.statements.putVersion.run(boardId, id, name, createdAt, trigger, state, digest ?? null);
          this.statements.trimVersions.run(boardId, boardId, maxVersions);
          return { id, name, createdAt, trigger, unchanged: false };
        })
        .immediate(),
    );
  }

  async listVersions(boardId: string): Promise<VersionInfo[]> {
    return this.run(() => this.statements.listVersions.all(boardId)).map(versionInfo);
  }

  async loadVersion(boardId: string, id: string): Promise<Version | null> {
    const row = this.run(() => this.statements.getVersion.get(boardId, id));
    if (!row) return null;
    return { ...versionInfo(row), state: toBytes(row.data), ...(row.digest === null ? {} : { digest: row.digest }) };
  }

  async listBoards(): Promise<StoredBoard[]> {
    const rows = this.run(() => this.statements.listBoards.all());
    return rows.map((row) => {
      const record = this.parseBoard(row.id, row)!;
      return { record, bytes: row.bytes, lastActivityAt: Math.max(record.createdAt, row.at ?? record.createdAt), versions: row.versions };
    });
  }

  async deleteBoard(id: string): Promise<boolean> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const existed = this.statements.deleteBoard.run(id).changes > 0;
          this.statements.deleteLogs.run({ board: id });
          this.statements.deleteSnapshots.run({ board: id });
          this.statements.deleteVersions.run(id);
          this.statements.deleteActivity.run(id);
          return existed;
        })
        .immediate(),
    );
  }

  async ping(): Promise<void> {
    this.run(() => this.statements.ping.get());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /** Maps driver failures to StoreError('unavailable'), keeping typed errors as they are. */
  private run<T>(fn: () => T): T {
    if (this.closed) throw new StoreError('unavailable', 'the store is closed');
    try {
      return fn();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError('unavailable', `SQLite: ${(error as Error).message}`, { cause: error });
    }
  }
}

interface VersionRow {
  id: string;
  name: string;
  created_at: number;
  kind: string;
}

function versionInfo(row: VersionRow): VersionInfo {
  return { id: row.id, name: row.name, createdAt: row.created_at, trigger: row.kind as VersionTrigger };
}

/**
 * better-sqlite3 returns Buffers; hand out plain Uint8Arrays that own their bytes. The driver
 * gives each value an ArrayBuffer of its own, which is then simply wrapped: copying every row
 * doubled the read of a long log (18 → 9 ms for a 2.7 MB snapshot and 10,000 rows here) and its
 * garbage. A Buffer that shares its memory (a pool slice) is still copied.
 */
function toBytes(buffer: Buffer): Uint8Array {
  const owned = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return owned
    ? new Uint8Array(buffer.buffer, 0, buffer.byteLength)
    : new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
}
