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
   * Replaces one role's link hash (rotation) and, when given, the sealed share links, in one
   * write. Resolves false if the board does not exist.
   */
  setLinkHash(boardId: string, role: Role, hash: string, sealedLinks?: SealedLinks): Promise<boolean>;

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
   * Keeps a named version of a board's content. Versions are immutable: never updated, and
   * kept until the board is gone. Durable when the promise resolves, like `append`.
   */
  saveVersion(boardId: string, version: Version): Promise<void>;
  /** A board's versions, newest first (ties: the later saved first); empty for an unknown board. */
  listVersions(boardId: string): Promise<VersionInfo[]>;
  /** One version with its state, or null when the board has no version with that id. */
  loadVersion(boardId: string, id: string): Promise<Version | null>;

  /** Throws if the store cannot be reached (used by /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
