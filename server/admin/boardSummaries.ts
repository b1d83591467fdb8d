/**
 * What the operator sees of each board: the stored facts (size, activity, versions) with the
 * title, place and date from its content and the number of people who joined, read from its
 * documents. Reading a document means decoding it, so a board's summary is kept until the
 * board changes (its activity or size moves); a list of dozens of boards decodes only those
 * that changed since the last look.
 */
import { readMeta } from '../../shared/board/meta';
import { countParticipants } from '../../shared/board/participants';
import type { DocStore, StoredBoard } from '../store/DocStore';
import { loadStoredDoc } from './storedDocs';

/** One row of the console's list and of `npm run admin -- list`. */
export interface BoardSummary {
  id: string;
  title: string;
  place: string | null;
  date: string | null;
  createdAt: number;
  lastActivityAt: number;
  bytes: number;
  participants: number;
  versions: number;
}

interface ReadFacts {
  title: string;
  place: string | null;
  date: string | null;
  participants: number;
}

async function readFacts(store: DocStore, id: string): Promise<ReadFacts> {
  const [content, secret] = await Promise.all([loadStoredDoc(store, id, 'content'), loadStoredDoc(store, id, 'private')]);
  try {
    const meta = readMeta(content);
    return { title: meta.title, place: meta.place || null, date: meta.date || null, participants: countParticipants(secret) };
  } finally {
    content.destroy();
    secret.destroy();
  }
}

/** Summaries of every board in `store`, oldest first, decoding only boards changed since the last call. */
export function createBoardSummaries(store: DocStore) {
  const cache = new Map<string, { key: string; facts: ReadFacts }>();
  const factsOf = async (board: StoredBoard): Promise<ReadFacts> => {
    const id = board.record.id;
    const key = `${board.lastActivityAt}:${board.bytes}`;
    const cached = cache.get(id);
    if (cached?.key === key) return cached.facts;
    const facts = await readFacts(store, id);
    cache.set(id, { key, facts });
    return facts;
  };
  return {
    async list(): Promise<BoardSummary[]> {
      const boards = await store.listBoards();
      const known = new Set(boards.map((board) => board.record.id));
      for (const id of cache.keys()) if (!known.has(id)) cache.delete(id);
      const summaries: BoardSummary[] = [];
      // One board at a time: a list must not decode fifty large boards at once.
      for (const board of boards) {
        const facts = await factsOf(board);
        summaries.push({
          id: board.record.id,
          ...facts,
          createdAt: board.record.createdAt,
          lastActivityAt: board.lastActivityAt,
          bytes: board.bytes,
          versions: board.versions,
        });
      }
      return summaries;
    },
  };
}

export type BoardSummaries = ReturnType<typeof createBoardSummaries>;
