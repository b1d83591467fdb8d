/**
 * In-memory DocStore for tests. Same semantics as the durable adapters (including compaction
 * that keeps entries appended meanwhile); copies bytes in and out so callers cannot corrupt it.
 */
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
} from './DocStore';
import { boardOfDoc, boardsOf } from './boardOfDoc';
import { mergeUpdatesViaDoc } from './mergeUpdates';
import { StoreError } from './StoreError';

interface MemoryDoc {
  snapshot: Uint8Array | null;
  log: Array<{ seq: number; update: Uint8Array }>;
}

export class MemoryStore implements DocStore {
  readonly kind = 'memory';
  private readonly boards = new Map<string, BoardRecord>();
  private readonly docs = new Map<string, MemoryDoc>();
  /** Per board, in the order saved. */
  private readonly versions = new Map<string, Version[]>();
  /** Per board id, when an append last touched one of its documents. */
  private readonly activity = new Map<string, number>();
  private seq = 0;

  async createBoard(board: BoardRecord, initial: UpdateEntry[]): Promise<void> {
    if (this.boards.has(board.id)) throw new StoreError('board-exists', `board ${board.id} already exists`);
    this.boards.set(board.id, structuredClone(board));
    this.appendNow(initial);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const board = this.boards.get(id);
    return board ? structuredClone(board) : null;
  }

  async rotateLink(boardId: string, update: (record: BoardRecord) => LinkChange | null): Promise<BoardRecord | null> {
    const board = this.boards.get(boardId);
    if (!board) return null;
    // Read, update and write with no await in between: nothing else runs meanwhile.
    const change = update(structuredClone(board));
    const next = change ? withLinkChange(board, change) : board;
    this.boards.set(boardId, next);
    return structuredClone(next);
  }

  async append(entries: UpdateEntry[]): Promise<void> {
    this.appendNow(entries);
    const now = Date.now();
    for (const board of boardsOf(entries)) this.activity.set(board, Math.max(this.activity.get(board) ?? now, now));
  }

  private appendNow(entries: UpdateEntry[]): void {
    for (const { doc, update } of entries) this.docOf(doc).log.push({ seq: ++this.seq, update: update.slice() });
  }

  async load(doc: string): Promise<StoredDoc> {
    const stored = this.docs.get(doc);
    if (!stored) return { updates: [], logLength: 0 };
    const updates = stored.log.map((entry) => entry.update.slice());
    if (stored.snapshot) updates.unshift(stored.snapshot.slice());
    return { updates, logLength: stored.log.length };
  }

  async compact(doc: string): Promise<number> {
    const stored = this.docs.get(doc);
    if (!stored || stored.log.length === 0) return 0;
    const upTo = stored.log.at(-1)!.seq;
    const merged = stored.log.filter((entry) => entry.seq <= upTo);
    const parts = stored.snapshot ? [stored.snapshot, ...merged.map((e) => e.update)] : merged.map((e) => e.update);
    // Yield like a real store would, so tests exercise appends racing a compaction.
    await new Promise((resolve) => setImmediate(resolve));
    stored.snapshot = mergeUpdatesViaDoc(parts);
    stored.log = stored.log.filter((entry) => entry.seq > upTo);
    return merged.length;
  }

  async logLength(doc: string): Promise<number> {
    return this.docs.get(doc)?.log.length ?? 0;
  }

  async saveVersion(boardId: string, version: Version, maxVersions: number): Promise<SavedVersion> {
    const list = this.versions.get(boardId) ?? [];
    const newest = newestFirst(list)[0];
    if (newest?.digest !== undefined && newest.digest === version.digest) return { ...infoOf(newest), unchanged: true };
    list.push({ ...version, state: version.state.slice() });
    const kept = new Set(newestFirst(list).slice(0, maxVersions));
    const trimmed = list.filter((saved) => kept.has(saved));
    this.versions.set(boardId, trimmed);
    return { ...infoOf(version), unchanged: false };
  }

  async listVersions(boardId: string): Promise<VersionInfo[]> {
    return newestFirst(this.versions.get(boardId) ?? []).map(infoOf);
  }

  async loadVersion(boardId: string, id: string): Promise<Version | null> {
    const version = this.versions.get(boardId)?.find((v) => v.id === id);
    return version ? { ...version, state: version.state.slice() } : null;
  }

  async listBoards(): Promise<StoredBoard[]> {
    const bytes = new Map<string, number>();
    const add = (board: string, n: number) => bytes.set(board, (bytes.get(board) ?? 0) + n);
    for (const [name, doc] of this.docs) {
      const board = boardOfDoc(name);
      add(board, doc.snapshot?.length ?? 0);
      for (const entry of doc.log) add(board, entry.update.length);
    }
    for (const [board, list] of this.versions) for (const saved of list) add(board, saved.state.length);
    return [...this.boards.values()]
      .sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id))
      .map((record) => ({
        record: structuredClone(record),
        bytes: bytes.get(record.id) ?? 0,
        lastActivityAt: Math.max(record.createdAt, this.activity.get(record.id) ?? record.createdAt),
        versions: this.versions.get(record.id)?.length ?? 0,
      }));
  }

  async deleteBoard(id: string): Promise<boolean> {
    const existed = this.boards.delete(id);
    for (const name of [...this.docs.keys()]) if (boardOfDoc(name) === id) this.docs.delete(name);
    this.versions.delete(id);
    this.activity.delete(id);
    return existed;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private docOf(name: string): MemoryDoc {
    let doc = this.docs.get(name);
    if (!doc) this.docs.set(name, (doc = { snapshot: null, log: [] }));
    return doc;
  }
}

/** Code-unit order, like the SQL adapters' binary collation, for boards created in the same millisecond. */
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Versions in listing order, from versions kept in the order saved. */
function newestFirst(list: readonly Version[]): Version[] {
  // Reversed first, so the stable sort keeps the later saved first among equal times.
  return [...list].reverse().sort((a, b) => b.createdAt - a.createdAt);
}

const infoOf = ({ id, name, createdAt, trigger }: VersionInfo): VersionInfo => ({ id, name, createdAt, trigger });
