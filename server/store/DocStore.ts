import type { Locale, Role } from '../../shared/board/types';
import type { SealedLinks } from '../auth/sealedLinks';
import type { VersionInfo } from '../../shared/history/versions';

export type { VersionInfo, VersionTrigger } from '../../shared/history/versions';

/** What the server remembers about a board outside its Yjs documents. */
export interface BoardRecord {
  id: string;
  createdAt: number;
  locale: Locale;
  /**
   * SHA-256 (hex) of each role's current link token. Only hashes are stored, so a leaked
   * database does not leak working links.
   */
  linkHashes: Record<Role, string>;
  /** Editor, expert and viewer tokens sealed under the facilitator's token (see sealedLinks.ts). */
  sealedLinks?: SealedLinks;
}

/** The record after a rotation: its hashes replaced, its sealed links too when the change has them. */
export function withLinkChange(record: BoardRecord, change: LinkChange): BoardRecord {
  const next: BoardRecord = { ...record, linkHashes: { ...change.linkHashes } };
  if (change.sealedLinks) next.sealedLinks = { ...change.sealedLinks };
  return next;
}

/** One accepted Yjs update destined for a document's log. */
export interface UpdateEntry {
  /** Document name: `<boardId>` for content, `<boardId>/session` for the session document. */
  doc: string;
  update: Uint8Array;
}

/** A document as stored: the compacted snapshot (if any) followed by the log, oldest first. */
export interface StoredDoc {
  /** Apply in order to a fresh Y.Doc to get the document's state. */
  updates: Uint8Array[];
  /** How many of `updates` come from the log rather than the snapshot. */
  logLength: number;
}

/** A named version with its content: a Yjs update that rebuilds the content document. */
export interface Version extends VersionInfo {
  state: Uint8Array;
  /**
   * SHA-256 (hex) of the content as plain data (see `contentDigest.ts`): equal content has an
   * equal digest even when its Yjs state differs. Absent on versions saved before digests.
   */
  digest?: string;
}

/** The version that holds the content after `saveVersion`, and whether it was there already. */
export interface SavedVersion extends VersionInfo {
  /** True when the board's newest version had the same digest, so nothing was written. */
  unchanged: boolean;
}

/** One board as the operator sees it in storage (the console's list, retention). */
export interface StoredBoard {
  record: BoardRecord;
  /** Bytes the board occupies: its documents' snapshots and logs, and its versions. */
  bytes: number;
  /** When anything was last written to one of its documents (ms since the epoch); its creation time if nothing since. */
  lastActivityAt: number;
  /** How many named versions it keeps. */
  versions: number;
}

/** What a link rotation writes: every role's hash and, when given, new sealed share links. */
export interface LinkChange {
  linkHashes: Record<Role, string>;
  /** Absent: the sealed links stay as they are. */
  sealedLinks?: SealedLinks;
}

/**
 * Durable storage for boards: an append-only update log per document plus a compacted
 * snapshot. Every adapter (SQLite, in-memory, PostgreSQL) passes the same contract suite
 * (`storeContract.ts`).
 *
 * Durability rule: when `append` resolves, the updates survive `kill -9` of the process.
 * The relay fans an update out only after that, so no client ever sees an edit the store
 * could forget.
 */
export interface DocStore {
  /** Adapter name for logs and /healthz (e.g. "sqlite"). */
  readonly kind: string;

  /** Creates the board and its initial document updates atomically. Fails if the id exists. */
  createBoard(board: BoardRecord, initial: UpdateEntry[]): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  /**
   * Rotates links as one atomic read-modify-write: `update` receives the board's current
   * record while the board is locked against other rotations (on every node), and what it
   * returns is written before the lock is released, so two rotations of different roles never
   * lose each other's hash or sealed link. `update` must be synchronous and must not throw;
   * returning null writes nothing. Resolves with the record as it is afterwards (unchanged when
   * `update` returned null), or null if the board does not exist (`update` is then not called).
   */
  rotateLink(boardId: string, update: (record: BoardRecord) => LinkChange | null): Promise<BoardRecord | null>;

  /**
   * Appends updates, possibly for several documents, in one durable commit (group commit).
   * Order within one document is preserved.
   */
  append(entries: UpdateEntry[]): Promise<void>;
  /** Snapshot plus log of one document; empty `updates` for an unknown document. */
  load(doc: string): Promise<StoredDoc>;
  /**
   * Merges the snapshot and the log into a new snapshot and drops the merged log entries.
   * Safe to run concurrently with `append` and with another `compact` of the same document:
   * entries appended meanwhile stay in the log. Returns how many log entries were merged.
   */
  compact(doc: string): Promise<number>;
  /** Number of log entries not yet compacted (drives compaction scheduling). */
  logLength(doc: string): Promise<number>;

  /**
   * Keeps a named version of a board's content, within a bound, never twice in a row:
   *
   * - When the board's newest version has the same `digest`, nothing is written and that
   *   version is returned with `unchanged: true` (a version without a digest never matches).
   * - Otherwise the version is inserted and, in the same transaction, the board's oldest
   *   versions beyond the newest `maxVersions` are deleted (in listing order: by `createdAt`,
   *   then the order saved), so history never grows without bound.
   *
   * The check and the insert are atomic, also between nodes sharing a store. Versions are
   * otherwise immutable: never updated. Durable when the promise resolves, like `append`.
   */
  saveVersion(boardId: string, version: Version, maxVersions: number): Promise<SavedVersion>;
  /** A board's versions, newest first (ties: the later saved first); empty for an unknown board. */
  listVersions(boardId: string): Promise<VersionInfo[]>;
  /** One version with its state (and digest, if it has one), or null when the board has no version with that id. */
  loadVersion(boardId: string, id: string): Promise<Version | null>;

  /** Every board, oldest first (by `createdAt`), with its size and last activity. */
  listBoards(): Promise<StoredBoard[]>;
  /**
   * Deletes a board and everything stored for it, in one transaction: its record, the logs and
   * snapshots of all its documents (`<id>`, `<id>/…`), its versions and its activity. Resolves
   * true when the board existed. Its links stop working at once (the record is gone).
   */
  deleteBoard(id: string): Promise<boolean>;

  /** Throws if the store cannot be reached (used by /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
